import { createHmac, timingSafeEqual } from "node:crypto";
import { appUrl } from "@/env";
import { appLink } from "@/emails/components/app-link";
import { derivedKey } from "@/server/crypto/derived-key";

/** How long an acknowledge link in a message works. */
export const ACK_LINK_TTL_MS = 24 * 3600 * 1000;

const sign = (payload: string) => createHmac("sha256", derivedKey("incident acknowledge link")).update(payload).digest("base64url").slice(0, 32);

/**
 * A link that acknowledges the incident of one notification without signing
 * in: "<notification id>.<expiry>.<signature>", signed with a key derived
 * from NOTIFY_ENCRYPTION_KEY, so nothing secret is stored; single use is
 * kept by the database (incident_ack_uses). Made at send time.
 */
export function ackLinkFor(notificationId: number, now = Date.now()): string {
  const payload = `${notificationId}.${Math.floor((now + ACK_LINK_TTL_MS) / 1000)}`;
  return appLink(appUrl(), `ack/${payload}.${sign(payload)}`);
}

export type TAckToken = { notificationId: number; expiresAt: Date };

/** The token's notification, or why it cannot be used. */
export function readAckToken(token: string, now = Date.now()): TAckToken | { problem: string } {
  const match = /^(\d+)\.(\d+)\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match) return { problem: "This acknowledge link is not valid." };
  const [, id, expiry, signature] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(sign(`${id}.${expiry}`));
  if (!timingSafeEqual(expected, Buffer.from(signature))) return { problem: "This acknowledge link is not valid." };
  const expiresAt = new Date(Number(expiry) * 1000);
  if (expiresAt.getTime() < now) return { problem: "This acknowledge link has expired; acknowledge the incident in the app instead." };
  return { notificationId: Number(id), expiresAt };
}
