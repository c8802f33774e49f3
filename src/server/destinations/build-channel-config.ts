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
      const url = required(input.url ? checkDestinationUrl(input.url, "url") : saved?.url, "url");
      const secrets = saved?.secrets ?? newWebhookSecrets();
      const config: TStoredChannelConfig = {
        type: "webhook",
        url,
        headers: input.headers === undefined ? keptSecret(saved?.headers, saved?.url, url, "headers") : nonEmpty(input.headers),
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
    const baseUrl = input.base_url ? checkDestinationUrl(input.base_url, "base_url").replace(/\/+$/, "") : undefined;
    return {
      provider: "twilio",
      account_sid: input.account_sid,
      auth_token: required(input.auth_token ?? keptSecret(savedTwilio?.auth_token, savedTwilio && (savedTwilio.base_url ?? TWILIO_API), baseUrl ?? TWILIO_API, "auth_token"), "auth_token"),
      from: input.from,
      messaging_service_sid: input.messaging_service_sid,
      base_url: baseUrl,
    };
  }
  const savedHttp = saved?.provider === "http" ? saved : undefined;
  const url = required(input.url ? checkDestinationUrl(input.url, "url") : savedHttp?.url, "url");
  return {
    provider: "http",
    url,
    bearer_token: input.bearer_token === null ? undefined : (input.bearer_token ?? keptSecret(savedHttp?.bearer_token, savedHttp?.url, url, "bearer_token")),
    headers: input.headers === undefined ? keptSecret(savedHttp?.headers, savedHttp?.url, url, "headers") : nonEmpty(input.headers),
  };
}

/** Twilio's API, where an auth token goes when no base URL is set. */
const TWILIO_API = "https://api.twilio.com";

/**
 * A saved secret (token, headers) left blank is kept only while it still
 * goes where it went: same scheme, host, port and path. Changing where it
 * is sent needs the secret typed again, or anyone who may edit the channel
 * could have it sent to a server of their own.
 */
function keptSecret<T>(secret: T | undefined, savedUrl: string | undefined, nextUrl: string, field: string): T | undefined {
  if (secret === undefined || !savedUrl || sameDestination(savedUrl, nextUrl)) return secret;
  throw fieldError(field, `enter it again: the saved one is only sent to ${new URL(savedUrl).origin}${new URL(savedUrl).pathname}, and the destination changed`);
}

function sameDestination(a: string, b: string): boolean {
  const [x, y] = [new URL(a), new URL(b)];
  return x.protocol === y.protocol && x.host === y.host && x.pathname.replace(/\/+$/, "") === y.pathname.replace(/\/+$/, "");
}

function required(value: string | undefined, field: string): string {
  if (!value) throw fieldError(field, "is required");
  return value;
}

function nonEmpty(headers: Record<string, string> | null): Record<string, string> | undefined {
  return headers && Object.keys(headers).length > 0 ? headers : undefined;
}
