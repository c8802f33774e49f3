import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { keyRing, type TEncryptionKey, type TKeyName } from "./encryption-keys";
import type { TSealedContext } from "./sealed-columns";

const VERSION = "v1";

export class DecryptionError extends Error {}

/*
 * Sealed format (base64url parts): `v1:<nonce>:<ciphertext>:<tag>:<key id>`.
 * Values sealed before key rotation existed have no key id
 * (`v1:<nonce>:<ciphertext>:<tag>`) and are opened by trying each key. The key
 * id is a trailing part so that a process still running the previous release
 * (which reads the first four parts) can open new values during a deploy.
 */

/**
 * AES-256-GCM with a random 96-bit nonce. `context` (e.g. "smtp_settings.password")
 * is bound as additional data, so a value copied into another column fails to
 * decrypt instead of being misused.
 */
export function sealWithKey(key: TEncryptionKey, plaintext: string, context: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.bytes, nonce);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, ...[nonce, ciphertext, cipher.getAuthTag()].map((part) => part.toString("base64url")), key.id].join(":");
}

/** The plaintext and the key that opened it; throws DecryptionError when none of `keys` does. */
export function openWithKeys(keys: TEncryptionKey[], sealed: string, context: string): { plaintext: string; key: TEncryptionKey } {
  const [version, nonce, ciphertext, tag, keyId, ...rest] = sealed.split(":");
  if (version !== VERSION || !nonce || ciphertext === undefined || !tag || keyId === "" || rest.length) throw new DecryptionError(`Not an encrypted ${context} value`);
  const parts = { nonce: Buffer.from(nonce, "base64url"), ciphertext: Buffer.from(ciphertext, "base64url"), tag: Buffer.from(tag, "base64url") };
  if (keyId === undefined) {
    for (const key of keys) {
      const plaintext = tryOpen(key, parts, context);
      if (plaintext !== null) return { plaintext, key };
    }
    throw new DecryptionError(`Cannot decrypt ${context}: ${noneOf(keys)} the key it was encrypted with`);
  }
  const key = keys.find((candidate) => candidate.id === keyId);
  if (!key) throw new DecryptionError(`Cannot decrypt ${context}: it was sealed with key ${keyId}, and ${noneOf(keys)} that key (${keyIds(keys)})`);
  const plaintext = tryOpen(key, parts, context);
  if (plaintext === null) throw new DecryptionError(`Cannot decrypt ${context} with ${key.name} (key ${key.id}): the value was altered or belongs to another column`);
  return { plaintext, key };
}

/** The id of the key that sealed `sealed`, or null for a value from before key ids (or not a sealed value). */
export function sealedKeyId(sealed: string): string | null {
  const parts = sealed.split(":");
  return parts.length === 5 ? (parts[4] ?? null) : null;
}

function tryOpen(key: TEncryptionKey, parts: { nonce: Buffer; ciphertext: Buffer; tag: Buffer }, context: string): string | null {
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.bytes, parts.nonce);
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(parts.tag);
    return Buffer.concat([decipher.update(parts.ciphertext), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** "NOTIFY_ENCRYPTION_KEY is not" or "neither NOTIFY_ENCRYPTION_KEY nor NOTIFY_ENCRYPTION_KEY_PREVIOUS is". */
const noneOf = (keys: TEncryptionKey[]) => (keys.length > 1 ? `neither ${keys.map((key) => key.name).join(" nor ")} is` : `${keys[0]?.name ?? "no key"} is not`);
const keyIds = (keys: TEncryptionKey[]) => keys.map((key) => `${key.name} is ${key.id}`).join(", ");

function readingKeys(): TEncryptionKey[] {
  const { current, previous } = keyRing();
  return previous ? [current, previous] : [current];
}

/** Seals with NOTIFY_ENCRYPTION_KEY; `context` must be listed in SEALED_COLUMNS so key:rotate re-seals it. */
export function encryptSecret(plaintext: string, context: TSealedContext): string {
  return sealWithKey(keyRing().current, plaintext, context);
}

/** Opens a value sealed with NOTIFY_ENCRYPTION_KEY or, while it is set, NOTIFY_ENCRYPTION_KEY_PREVIOUS. */
export function decryptSecret(sealed: string, context: string): string {
  return openWithKeys(readingKeys(), sealed, context).plaintext;
}

/** Like decryptSecret, and says which key opened the value. */
export function openSecret(sealed: string, context: string): { plaintext: string; keyName: TKeyName } {
  const { plaintext, key } = openWithKeys(readingKeys(), sealed, context);
  return { plaintext, keyName: key.name };
}

/**
 * `sealed` sealed again with the current key, or null when it already is
 * (with a key id). Throws DecryptionError when no known key opens it.
 */
export function resealSecret(sealed: string, context: TSealedContext): string | null {
  const { current } = keyRing();
  if (sealedKeyId(sealed) === current.id) return null;
  return sealWithKey(current, openWithKeys(readingKeys(), sealed, context).plaintext, context);
}

/** Shows that a secret is set without revealing it: "••••••••cret" (last 4 only for long values). */
export function maskSecret(secret: string | null | undefined): string | null {
  if (!secret) return null;
  return secret.length >= 16 ? `••••••••${secret.slice(-4)}` : "••••••••";
}
