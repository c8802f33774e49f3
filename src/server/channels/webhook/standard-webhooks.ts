import { createHmac, randomBytes } from "node:crypto";

/**
 * Signing per the Standard Webhooks spec (standardwebhooks.com), so receivers can verify
 * with any of its libraries: HMAC-SHA256 over `${id}.${timestamp}.${body}` keyed with the
 * base64-decoded secret.
 */

const SECRET_PREFIX = "whsec_";

export type TWebhookSignatureHeaders = {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
};

/** 32 random bytes, the size the spec recommends for HMAC-SHA256 keys. */
export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString("base64");
}

function secretKey(secret: string): Buffer {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, "base64");
  if (key.length === 0) throw new Error("Webhook secret is empty or not base64");
  return key;
}

/**
 * Signs the exact body string that will be sent. With several secrets (rotation) the
 * signatures are space-separated and a receiver accepts the message if any one matches.
 */
export function signWebhook(input: { msgId: string; timestamp: number; body: string; secrets: string[] }): TWebhookSignatureHeaders {
  const { msgId, timestamp, body, secrets } = input;
  if (secrets.length === 0) throw new Error("At least one webhook secret is needed to sign");
  const seconds = Math.floor(timestamp);
  const signed = `${msgId}.${seconds}.${body}`;
  const signatures = secrets.map((secret) => `v1,${createHmac("sha256", secretKey(secret)).update(signed, "utf8").digest("base64")}`);
  return { "webhook-id": msgId, "webhook-timestamp": String(seconds), "webhook-signature": signatures.join(" ") };
}

export type TWebhookSecrets = { current: string; previous?: string | null; previousExpiresAt?: Date | null };

/**
 * During a rotation's grace period messages carry both signatures, so receivers can switch
 * to the new secret at their own pace. A previous secret without an end date is not used:
 * a grace period that never ends would keep a replaced (possibly leaked) secret valid.
 */
export function activeSigningSecrets(secrets: TWebhookSecrets, now: Date): string[] {
  const { current, previous, previousExpiresAt } = secrets;
  const inGrace = Boolean(previous) && previousExpiresAt != null && previousExpiresAt.getTime() > now.getTime();
  return inGrace && previous ? [current, previous] : [current];
}
