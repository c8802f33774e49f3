import type { UserNotificationPreferences } from "@/server/db/client";
import { decryptSecret, encryptSecret } from "@/server/crypto/secret-box";
import { ZStoredWebhookSecrets, type TStoredWebhookSecrets } from "./webhook-secret-state";

/** The encrypted columns of user_notification_preferences, each sealed with its own name as context. */
const CONTEXT = {
  slackWebhookUrl: "user_notification_preferences.slack_webhook_url",
  teamsWebhookUrl: "user_notification_preferences.teams_webhook_url",
  customWebhookUrl: "user_notification_preferences.custom_webhook_url",
  customWebhookSecret: "user_notification_preferences.custom_webhook_secret",
  phoneNumber: "user_notification_preferences.phone_number",
} as const;

type TSealedColumn = keyof typeof CONTEXT;

export function sealPersonalColumn(column: TSealedColumn, value: string): string {
  return encryptSecret(value, CONTEXT[column]);
}

export function sealPersonalWebhookSecrets(secrets: TStoredWebhookSecrets): string {
  return sealPersonalColumn("customWebhookSecret", JSON.stringify(secrets));
}

/** A user's personal destinations, decrypted (keep in memory only). */
export type TOpenedPersonalChannels = {
  slackWebhookUrl: string | null;
  teamsWebhookUrl: string | null;
  customWebhookUrl: string | null;
  webhookSecrets: TStoredWebhookSecrets | null;
  phoneNumber: string | null;
};

export function openPersonalChannels(preferences: UserNotificationPreferences | null): TOpenedPersonalChannels {
  const open = (column: TSealedColumn) => {
    const sealed = preferences?.[column];
    return sealed ? decryptSecret(sealed, CONTEXT[column]) : null;
  };
  const secrets = open("customWebhookSecret");
  return {
    slackWebhookUrl: open("slackWebhookUrl"),
    teamsWebhookUrl: open("teamsWebhookUrl"),
    customWebhookUrl: open("customWebhookUrl"),
    webhookSecrets: secrets ? ZStoredWebhookSecrets.parse(JSON.parse(secrets)) : null,
    phoneNumber: open("phoneNumber"),
  };
}
