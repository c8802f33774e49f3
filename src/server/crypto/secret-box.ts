import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { decodeKey, env } from "@/env";

const VERSION = "v1";

function key(): Buffer {
  const decoded = decodeKey(env().NOTIFY_ENCRYPTION_KEY);
  if (!decoded) throw new Error("NOTIFY_ENCRYPTION_KEY is invalid");
  return decoded;
}

export class DecryptionError extends Error {}

/**
 * AES-256-GCM with a random 96-bit nonce: `v1:<nonce>:<ciphertext>:<tag>` (base64url).
 * `context` (e.g. "smtp_settings.password") is bound as additional data, so a
 * value copied into another column fails to decrypt instead of being misused.
 */
export function encryptSecret(plaintext: string, context: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), nonce);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, nonce, ciphertext, cipher.getAuthTag()].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(":");
}

export function decryptSecret(sealed: string, context: string): string {
  const [version, nonce, ciphertext, tag] = sealed.split(":");
  if (version !== VERSION || !nonce || ciphertext === undefined || !tag) throw new DecryptionError(`Not an encrypted ${context} value`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(nonce, "base64url"));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new DecryptionError(`Cannot decrypt ${context}: NOTIFY_ENCRYPTION_KEY is not the key it was encrypted with`);
  }
}

/** Shows that a secret is set without revealing it: "••••••••cret" (last 4 only for long values). */
export function maskSecret(secret: string | null | undefined): string | null {
  if (!secret) return null;
  return secret.length >= 16 ? `••••••••${secret.slice(-4)}` : "••••••••";
}
