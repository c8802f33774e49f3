import type { TChannelDestination } from "@/server/channels/channel-destination";
import type { UserNotificationPreferences } from "@/server/db/client";
import type { TChannelKind } from "./channel-kind";
import { findSmsProvider, noSmsProviderError } from "./find-sms-provider";
import { openPersonalChannels } from "./personal-columns";
import { toWebhookSecrets } from "./webhook-secret-state";

/** Whether the user turned that personal channel on (a saved destination may be switched off). */
export function isPersonalChannelEnabled(preferences: UserNotificationPreferences | null, kind: TChannelKind): boolean {
  const flags = { slack: preferences?.slackEnabled, teams: preferences?.teamsEnabled, webhook: preferences?.webhookEnabled, sms: preferences?.smsEnabled };
  return Boolean(flags[kind]);
}

/**
 * A user's saved destination for one channel, decrypted, whether switched on or not; null when none is saved.
 * SMS borrows the organisation's provider and throws NOT_FOUND when there is none.
 */
export async function personalDestination(preferences: UserNotificationPreferences | null, kind: TChannelKind): Promise<TChannelDestination | null> {
  const opened = openPersonalChannels(preferences);
  switch (kind) {
    case "slack":
      return opened.slackWebhookUrl ? { channel: "SLACK", url: opened.slackWebhookUrl } : null;
    case "teams":
      return opened.teamsWebhookUrl ? { channel: "TEAMS", url: opened.teamsWebhookUrl } : null;
    case "webhook": {
      const { customWebhookUrl: url, webhookSecrets } = opened;
      return url && webhookSecrets ? { channel: "WEBHOOK", url, secrets: toWebhookSecrets(webhookSecrets) } : null;
    }
    case "sms": {
      if (!opened.phoneNumber) return null;
      const sms = await findSmsProvider();
      if (!sms) throw noSmsProviderError();
      return { channel: "SMS", to: opened.phoneNumber, provider: sms.provider };
    }
  }
}
