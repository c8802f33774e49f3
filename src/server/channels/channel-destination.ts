import type { TWebhookSecrets } from "./webhook/standard-webhooks";

/** Where a chat/webhook/SMS message goes, with the secrets needed to send it (decrypted, in memory only). */
export type TSlackDestination = { channel: "SLACK"; url: string };
export type TTeamsDestination = { channel: "TEAMS"; url: string };
export type TWebhookDestination = {
  channel: "WEBHOOK";
  url: string;
  secrets: TWebhookSecrets;
  headers?: Record<string, string>;
  timeoutMs?: number;
};
export type TSmsProvider =
  | { provider: "twilio"; accountSid: string; authToken: string; from?: string; messagingServiceSid?: string; baseUrl?: string }
  | { provider: "http"; url: string; bearerToken?: string; headers?: Record<string, string> };
export type TSmsDestination = { channel: "SMS"; to: string; provider: TSmsProvider };

export type TChannelDestination = TSlackDestination | TTeamsDestination | TWebhookDestination | TSmsDestination;
