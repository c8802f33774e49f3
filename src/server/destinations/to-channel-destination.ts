import type { TChannelDestination, TSmsProvider } from "@/server/channels/channel-destination";
import { AppError } from "@/server/errors/app-error";
import type { TStoredChannelConfig, TStoredSmsProvider } from "./channel-config";
import { toWebhookSecrets } from "./webhook-secret-state";

/** A saved config as the adapters take it. For SMS, `to` replaces the channel's default recipient. */
export function toChannelDestination(config: TStoredChannelConfig, options: { to?: string; name: string }): TChannelDestination {
  switch (config.type) {
    case "slack":
      return { channel: "SLACK", url: config.webhook_url };
    case "teams":
      return { channel: "TEAMS", url: config.webhook_url };
    case "webhook":
      return { channel: "WEBHOOK", url: config.url, secrets: toWebhookSecrets(config.secrets), headers: config.headers, timeoutMs: config.timeout_ms };
    case "sms": {
      const to = options.to ?? config.to;
      if (!to) throw new AppError("BAD_REQUEST", `SMS channel "${options.name}" has no default recipient: give a phone number`, { fieldErrors: { to: ["is required"] } });
      return { channel: "SMS", to, provider: toSmsProvider(config.provider) };
    }
  }
}

export function toSmsProvider(provider: TStoredSmsProvider): TSmsProvider {
  if (provider.provider === "http") {
    return { provider: "http", url: provider.url, bearerToken: provider.bearer_token, headers: provider.headers };
  }
  return {
    provider: "twilio",
    accountSid: provider.account_sid,
    authToken: provider.auth_token,
    from: provider.from,
    messagingServiceSid: provider.messaging_service_sid,
    baseUrl: provider.base_url,
  };
}
