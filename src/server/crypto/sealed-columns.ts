/**
 * Every database column holding a value sealed by encryptSecret, with the
 * context (additional authenticated data) it was sealed with: a value opens
 * only with its own context, so re-sealing must use the same one.
 *
 * encryptSecret accepts only the contexts listed here, so a new sealed column
 * cannot be added without key:rotate learning about it.
 */
export const SEALED_COLUMNS = [
  { table: "smtp_settings", column: "password_encrypted", context: "smtp_settings.password" },
  { table: "notification_channels", column: "config_encrypted", context: "notification_channels.config" },
  { table: "user_notification_preferences", column: "slack_webhook_url", context: "user_notification_preferences.slack_webhook_url" },
  { table: "user_notification_preferences", column: "teams_webhook_url", context: "user_notification_preferences.teams_webhook_url" },
  { table: "user_notification_preferences", column: "custom_webhook_url", context: "user_notification_preferences.custom_webhook_url" },
  { table: "user_notification_preferences", column: "custom_webhook_secret", context: "user_notification_preferences.custom_webhook_secret" },
  { table: "user_notification_preferences", column: "phone_number", context: "user_notification_preferences.phone_number" },
  { table: "notifications", column: "destination_encrypted", context: "notifications.destination" },
] as const;

/**
 * The start-up check's known value. Re-sealed last: while any other value
 * still needs the previous key, start-up without it keeps failing loudly.
 */
export const KEY_CHECK_COLUMN = { table: "encryption_key_check", column: "sealed", context: "encryption_key_check" } as const;

export type TSealedColumn = (typeof SEALED_COLUMNS)[number] | typeof KEY_CHECK_COLUMN;
export type TSealedContext = TSealedColumn["context"];
