import { z } from "zod";
import { generateWebhookSecret, type TWebhookSecrets } from "@/server/channels/webhook/standard-webhooks";
import { maskSecret } from "@/server/crypto/secret-box";

/** A webhook endpoint's signing secrets as sealed JSON (in the channel config or the user's preferences). */
export const ZStoredWebhookSecrets = z.object({
  current: z.string(),
  previous: z.string().nullish(),
  previous_expires_at: z.iso.datetime().nullish(),
});
export type TStoredWebhookSecrets = z.infer<typeof ZStoredWebhookSecrets>;

export function newWebhookSecrets(): TStoredWebhookSecrets {
  return { current: generateWebhookSecret() };
}

/**
 * The new secret signs from now on; the replaced one keeps signing alongside it
 * until the grace period ends, so receivers can switch without losing messages.
 */
export function rotateWebhookSecrets(secrets: TStoredWebhookSecrets, options: { now: Date; graceMs: number }): TStoredWebhookSecrets {
  const expiresAt = new Date(options.now.getTime() + options.graceMs);
  return options.graceMs > 0
    ? { current: generateWebhookSecret(), previous: secrets.current, previous_expires_at: expiresAt.toISOString() }
    : { current: generateWebhookSecret() };
}

export function toWebhookSecrets(secrets: TStoredWebhookSecrets): TWebhookSecrets {
  return {
    current: secrets.current,
    previous: secrets.previous ?? null,
    previousExpiresAt: secrets.previous_expires_at ? new Date(secrets.previous_expires_at) : null,
  };
}

/** "whsec_••••••••Ab1=": recognisable without giving the key away. */
export function maskWebhookSecret(secret: string): string {
  return `whsec_${maskSecret(secret.replace(/^whsec_/, ""))}`;
}

/** When the replaced secret stops signing, or null when no grace period is running. */
export function previousSecretExpiry(secrets: TStoredWebhookSecrets, now: Date): string | null {
  const expiresAt = secrets.previous && secrets.previous_expires_at;
  return expiresAt && new Date(expiresAt) > now ? expiresAt : null;
}
