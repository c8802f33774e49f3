import type { UserNotificationPreferences } from "@/server/db/client";
import type { TAuditEntry } from "@/server/audit/record-audit";

type TPreferencesRow = Omit<UserNotificationPreferences, "id" | "userId" | "createdAt" | "updatedAt">;

/** The sealed destinations: the log shows that one changed, never where it points. */
const SECRETS = ["slack_webhook_url", "teams_webhook_url", "custom_webhook_url", "custom_webhook_secret", "sms_number"] as const;

function snapshot(row: TPreferencesRow | null) {
  if (!row) return null;
  return {
    email_enabled: row.emailEnabled,
    slack_enabled: row.slackEnabled,
    teams_enabled: row.teamsEnabled,
    webhook_enabled: row.webhookEnabled,
    sms_enabled: row.smsEnabled,
    slack_webhook_url: row.slackWebhookUrl,
    teams_webhook_url: row.teamsWebhookUrl,
    custom_webhook_url: row.customWebhookUrl,
    custom_webhook_secret: row.customWebhookSecret,
    sms_number: row.phoneNumber,
    quiet_hours_start: row.quietHoursStart,
    quiet_hours_end: row.quietHoursEnd,
    quiet_hours_days: row.quietHoursDays,
    timezone: row.timezone,
    critical_bypasses_quiet_hours: row.criticalBypassesQuietHours,
    dnd_until: row.dndUntil?.toISOString() ?? null,
    subscriptions: row.subscriptions,
  };
}

/** One audit entry for a change of a user's preferences or personal channels (the same row). */
export function preferencesAudit(user: { id: number; email: string }, before: TPreferencesRow | null, after: TPreferencesRow): TAuditEntry {
  return { action: "preferences.updated", target: { type: "user_preferences", id: user.id, label: user.email }, before: snapshot(before) ?? {}, after: snapshot(after), secrets: SECRETS };
}
