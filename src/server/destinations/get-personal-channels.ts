import { db, type UserNotificationPreferences } from "@/server/db/client";
import { isSlackWebhookUrl } from "@/server/channels/slack/slack-error-hint";
import { isRetiredTeamsConnectorUrl, RETIRED_TEAMS_CONNECTOR_HINT } from "@/server/channels/teams/retired-connector";
import { healthOfUser, type TDestinationHealth } from "./destination-health";
import { maskDestinationUrl, maskPhoneNumber } from "./mask-destination";
import { openPersonalChannels } from "./personal-columns";
import { maskWebhookSecret, previousSecretExpiry } from "./webhook-secret-state";

type TPersonalBase = { enabled: boolean; health: TDestinationHealth | null };

/** What "My channels" shows: the user's own destinations, masked. */
export type TPersonalChannelsView = {
  slack: TPersonalBase & { webhook_url: string | null; notice: string | null };
  teams: TPersonalBase & { webhook_url: string | null; warning: string | null };
  webhook: TPersonalBase & { url: string | null; secret: string | null; previous_secret_expires_at: string | null };
  sms: TPersonalBase & { phone_number: string | null; provider_configured: boolean };
};

export async function getPersonalChannels(userId: number, now = new Date()): Promise<TPersonalChannelsView> {
  const [preferences, health, smsChannels] = await Promise.all([
    db().userNotificationPreferences.findUnique({ where: { userId } }),
    healthOfUser(userId),
    db().notificationChannel.count({ where: { type: "SMS", enabled: true } }),
  ]);
  return toPersonalChannelsView(preferences, health, { smsProviderConfigured: smsChannels > 0, now });
}

function toPersonalChannelsView(
  preferences: UserNotificationPreferences | null,
  health: Map<string, TDestinationHealth>,
  { smsProviderConfigured, now }: { smsProviderConfigured: boolean; now: Date },
): TPersonalChannelsView {
  const opened = openPersonalChannels(preferences);
  const { slackWebhookUrl: slack, teamsWebhookUrl: teams, customWebhookUrl: webhook, webhookSecrets: secrets } = opened;
  return {
    slack: {
      enabled: Boolean(preferences?.slackEnabled),
      webhook_url: slack && maskDestinationUrl(slack),
      notice: slack && !isSlackWebhookUrl(slack) ? "This is not a hooks.slack.com incoming webhook URL." : null,
      health: health.get("SLACK") ?? null,
    },
    teams: {
      enabled: Boolean(preferences?.teamsEnabled),
      webhook_url: teams && maskDestinationUrl(teams),
      warning: teams && isRetiredTeamsConnectorUrl(teams) ? RETIRED_TEAMS_CONNECTOR_HINT : null,
      health: health.get("TEAMS") ?? null,
    },
    webhook: {
      enabled: Boolean(preferences?.webhookEnabled),
      url: webhook && maskDestinationUrl(webhook),
      secret: secrets && maskWebhookSecret(secrets.current),
      previous_secret_expires_at: secrets && previousSecretExpiry(secrets, now),
      health: health.get("WEBHOOK") ?? null,
    },
    sms: {
      enabled: Boolean(preferences?.smsEnabled),
      phone_number: opened.phoneNumber && maskPhoneNumber(opened.phoneNumber),
      provider_configured: smsProviderConfigured,
      health: health.get("SMS") ?? null,
    },
  };
}
