import { createHmac } from "node:crypto";
import { decodeKey, env } from "@/env";

export type TKeyName = "NOTIFY_ENCRYPTION_KEY" | "NOTIFY_ENCRYPTION_KEY_PREVIOUS";

export type TEncryptionKey = {
  /** Written into every sealed value, so a reader knows which key opens it without trying each. */
  id: string;
  name: TKeyName;
  bytes: Buffer;
};

/** The key new values are sealed with, and the one still accepted for reading while a rotation runs. */
export type TKeyRing = { current: TEncryptionKey; previous: TEncryptionKey | null };

const KEY_ID_LABEL = "opsconductor-notify sealed-value key id v1";

/**
 * 8 base64url characters: the first 48 bits of HMAC-SHA256(key, a constant).
 * Stable for a key, different for another (collisions are negligible for the
 * two keys in use), and it reveals nothing about the key itself.
 */
export function keyIdOf(bytes: Buffer): string {
  return createHmac("sha256", bytes).update(KEY_ID_LABEL).digest().subarray(0, 6).toString("base64url");
}

export function toEncryptionKey(value: string, name: TKeyName): TEncryptionKey {
  const bytes = decodeKey(value);
  if (!bytes) throw new Error(`${name} is invalid`);
  return { id: keyIdOf(bytes), name, bytes };
}

let cached: { source: string; ring: TKeyRing } | undefined;

export function keyRing(): TKeyRing {
  const { NOTIFY_ENCRYPTION_KEY, NOTIFY_ENCRYPTION_KEY_PREVIOUS } = env();
  const source = `${NOTIFY_ENCRYPTION_KEY}\n${NOTIFY_ENCRYPTION_KEY_PREVIOUS ?? ""}`;
  if (cached?.source !== source) {
    const current = toEncryptionKey(NOTIFY_ENCRYPTION_KEY, "NOTIFY_ENCRYPTION_KEY");
    const previous = NOTIFY_ENCRYPTION_KEY_PREVIOUS ? toEncryptionKey(NOTIFY_ENCRYPTION_KEY_PREVIOUS, "NOTIFY_ENCRYPTION_KEY_PREVIOUS") : null;
    // The same key twice is no rotation: treat it as one key.
    cached = { source, ring: { current, previous: previous && previous.id !== current.id ? previous : null } };
  }
  return cached.ring;
}
