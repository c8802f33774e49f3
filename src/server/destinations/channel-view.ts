import type { NotificationChannel } from "@/server/db/client";
import { maskSecret } from "@/server/crypto/secret-box";
import { isSlackWebhookUrl } from "@/server/channels/slack/slack-error-hint";
import { isRetiredTeamsConnectorUrl, RETIRED_TEAMS_CONNECTOR_HINT } from "@/server/channels/teams/retired-connector";
import type { TStoredChannelConfig } from "./channel-config";
import type { TChannelKind } from "./channel-kind";
import type { TDestinationHealth } from "./destination-health";
import { maskDestinationUrl } from "./mask-destination";
import { maskWebhookSecret, previousSecretExpiry } from "./webhook-secret-state";

/** What every read of an organisation channel returns: secrets only as masks. */
export type TChannelView = {
  id: number;
  name: string;
  type: TChannelKind;
  enabled: boolean;
  rate_limit_per_minute: number;
  /** The destination in one masked line, for lists. */
  target: string;
  details: TChannelDetails;
  /** Something that stops delivery (a retired Teams connector URL). */
  warning: string | null;
  /** Something worth knowing that does not stop delivery. */
  notice: string | null;
  /** The breaker's state, once the channel has been sent to. */
  health: TDestinationHealth | null;
  created_at: string;
  updated_at: string;
};

export type TChannelDetails =
  | { type: "slack" | "teams"; webhook_url: string }
  | { type: "webhook"; url: string; header_names: string[]; timeout_ms: number | null; secret: string; previous_secret_expires_at: string | null }
  | {
      type: "sms";
      provider: "twilio";
      account_sid: string;
      auth_token: string;
      from: string | null;
      messaging_service_sid: string | null;
      base_url: string | null;
      to: string | null;
    }
  | { type: "sms"; provider: "http"; url: string; bearer_token: string | null; header_names: string[]; to: string | null };

export function toChannelView(row: NotificationChannel, config: TStoredChannelConfig, health: TDestinationHealth | null, now = new Date()): TChannelView {
  const details = channelDetails(config, now);
  return {
    id: row.id,
    name: row.name,
    type: config.type,
    enabled: row.enabled,
    rate_limit_per_minute: row.rateLimitPerMinute,
    target: describeTarget(details),
    details,
    warning: config.type === "teams" && isRetiredTeamsConnectorUrl(config.webhook_url) ? RETIRED_TEAMS_CONNECTOR_HINT : null,
    notice:
      config.type === "slack" && !isSlackWebhookUrl(config.webhook_url)
        ? "This is not a hooks.slack.com incoming webhook URL: it works only if the endpoint accepts Slack's message format."
        : null,
    health,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

function channelDetails(config: TStoredChannelConfig, now: Date): TChannelDetails {
  switch (config.type) {
    case "slack":
    case "teams":
      return { type: config.type, webhook_url: maskDestinationUrl(config.webhook_url) };
    case "webhook":
      return {
        type: "webhook",
        url: maskDestinationUrl(config.url),
        header_names: Object.keys(config.headers ?? {}),
        timeout_ms: config.timeout_ms ?? null,
        secret: maskWebhookSecret(config.secrets.current),
        previous_secret_expires_at: previousSecretExpiry(config.secrets, now),
      };
    case "sms": {
      // The default recipient is shown whole: admins need to see who gets paged, and it is no credential.
      const to = config.to ?? null;
      const provider = config.provider;
      if (provider.provider === "twilio") {
        return {
          type: "sms",
          provider: "twilio",
          account_sid: provider.account_sid,
          auth_token: maskSecret(provider.auth_token) ?? "",
          from: provider.from ?? null,
          messaging_service_sid: provider.messaging_service_sid ?? null,
          base_url: provider.base_url ?? null,
          to,
        };
      }
      return {
        type: "sms",
        provider: "http",
        url: maskDestinationUrl(provider.url),
        bearer_token: maskSecret(provider.bearer_token),
        header_names: Object.keys(provider.headers ?? {}),
        to,
      };
    }
  }
}

function describeTarget(details: TChannelDetails): string {
  switch (details.type) {
    case "slack":
    case "teams":
      return details.webhook_url;
    case "webhook":
      return details.url;
    case "sms": {
      const via = details.provider === "twilio" ? `Twilio ${details.from ?? details.messaging_service_sid}` : `gateway ${details.url}`;
      return details.to ? `${details.to} via ${via}` : `via ${via}`;
    }
  }
}
