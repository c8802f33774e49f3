import { z } from "zod";
import { decryptSecret, encryptSecret } from "@/server/crypto/secret-box";
import { AppError } from "@/server/errors/app-error";
import { ZStoredWebhookSecrets } from "./webhook-secret-state";

/** Bound to the column as additional data: a value copied elsewhere does not decrypt. */
export const CHANNEL_CONFIG_CONTEXT = "notification_channels.config";

const ZHeaders = z.record(z.string(), z.string());

/** Everything a channel needs to send, sealed as one JSON value in notification_channels.config_encrypted. */
export const ZStoredChannelConfig = z.discriminatedUnion("type", [
  z.object({ type: z.literal("slack"), webhook_url: z.string() }),
  z.object({ type: z.literal("teams"), webhook_url: z.string() }),
  z.object({
    type: z.literal("webhook"),
    url: z.string(),
    headers: ZHeaders.optional(),
    timeout_ms: z.number().optional(),
    secrets: ZStoredWebhookSecrets,
  }),
  z.object({
    type: z.literal("sms"),
    provider: z.discriminatedUnion("provider", [
      z.object({
        provider: z.literal("twilio"),
        account_sid: z.string(),
        auth_token: z.string(),
        from: z.string().optional(),
        messaging_service_sid: z.string().optional(),
        base_url: z.string().optional(),
      }),
      z.object({ provider: z.literal("http"), url: z.string(), bearer_token: z.string().optional(), headers: ZHeaders.optional() }),
    ]),
    to: z.string().optional(),
  }),
]);
export type TStoredChannelConfig = z.infer<typeof ZStoredChannelConfig>;
export type TStoredSmsProvider = Extract<TStoredChannelConfig, { type: "sms" }>["provider"];

export function sealChannelConfig(config: TStoredChannelConfig): string {
  return encryptSecret(JSON.stringify(config), CHANNEL_CONFIG_CONTEXT);
}

/** Throws DecryptionError under another NOTIFY_ENCRYPTION_KEY, and INTERNAL when the JSON is not a config. */
export function openChannelConfig(sealed: string): TStoredChannelConfig {
  const result = ZStoredChannelConfig.safeParse(JSON.parse(decryptSecret(sealed, CHANNEL_CONFIG_CONTEXT)));
  if (!result.success) throw new AppError("INTERNAL", "A saved channel configuration is unreadable; save the channel again");
  return result.data;
}
