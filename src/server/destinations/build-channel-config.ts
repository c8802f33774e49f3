import type { TParsedChannelInput } from "./channel-input-schema";
import type { TStoredChannelConfig, TStoredSmsProvider } from "./channel-config";
import { checkDestinationUrl } from "./check-destination-url";
import { fieldError } from "./field-error";
import { newWebhookSecrets } from "./webhook-secret-state";

export type TBuiltChannelConfig = {
  config: TStoredChannelConfig;
  /** A webhook's new signing secret, to show once; null when the saved one is kept. */
  signingSecret: string | null;
};

/**
 * Turns a validated input into the config to seal, checking every new URL and
 * keeping each secret the input leaves blank from `previous` (the saved config).
 */
export function buildChannelConfig(input: TParsedChannelInput, previous: TStoredChannelConfig | null): TBuiltChannelConfig {
  switch (input.type) {
    case "slack":
    case "teams": {
      const saved = previous?.type === input.type ? previous.webhook_url : undefined;
      const webhookUrl = input.webhook_url ? checkDestinationUrl(input.webhook_url, "webhook_url", { teams: input.type === "teams" }) : saved;
      return { config: { type: input.type, webhook_url: required(webhookUrl, "webhook_url") }, signingSecret: null };
    }
    case "webhook": {
      const saved = previous?.type === "webhook" ? previous : undefined;
      const url = input.url ? checkDestinationUrl(input.url, "url") : saved?.url;
      const secrets = saved?.secrets ?? newWebhookSecrets();
      const config: TStoredChannelConfig = {
        type: "webhook",
        url: required(url, "url"),
        headers: input.headers === undefined ? saved?.headers : nonEmpty(input.headers),
        timeout_ms: input.timeout_ms ?? undefined,
        secrets,
      };
      return { config, signingSecret: saved ? null : secrets.current };
    }
    case "sms": {
      const saved = previous?.type === "sms" ? previous.provider : undefined;
      return { config: { type: "sms", provider: smsProvider(input, saved), to: input.to }, signingSecret: null };
    }
  }
}

function smsProvider(input: Extract<TParsedChannelInput, { type: "sms" }>, saved: TStoredSmsProvider | undefined): TStoredSmsProvider {
  if (input.provider === "twilio") {
    const savedTwilio = saved?.provider === "twilio" ? saved : undefined;
    return {
      provider: "twilio",
      account_sid: input.account_sid,
      auth_token: required(input.auth_token ?? savedTwilio?.auth_token, "auth_token"),
      from: input.from,
      messaging_service_sid: input.messaging_service_sid,
      base_url: input.base_url ? checkDestinationUrl(input.base_url, "base_url").replace(/\/+$/, "") : undefined,
    };
  }
  const savedHttp = saved?.provider === "http" ? saved : undefined;
  return {
    provider: "http",
    url: required(input.url ? checkDestinationUrl(input.url, "url") : savedHttp?.url, "url"),
    bearer_token: input.bearer_token === null ? undefined : (input.bearer_token ?? savedHttp?.bearer_token),
    headers: input.headers === undefined ? savedHttp?.headers : nonEmpty(input.headers),
  };
}

function required(value: string | undefined, field: string): string {
  if (!value) throw fieldError(field, "is required");
  return value;
}

function nonEmpty(headers: Record<string, string> | null): Record<string, string> | undefined {
  return headers && Object.keys(headers).length > 0 ? headers : undefined;
}
