import { hkdfSync } from "node:crypto";
import { decodeKey, env } from "@/env";

const derived = new Map<string, { from: string; key: Buffer }>();

/**
 * A 32-byte key for one purpose (fingerprints, signed links), derived from
 * NOTIFY_ENCRYPTION_KEY with HKDF so no purpose can be turned into another
 * and the master key is never used directly for them. It changes when the
 * master key is rotated.
 */
export function derivedKey(purpose: string): Buffer {
  const master = env().NOTIFY_ENCRYPTION_KEY;
  const known = derived.get(purpose);
  if (known?.from === master) return known.key;
  const key = Buffer.from(hkdfSync("sha256", decodeKey(master) as Buffer, Buffer.alloc(0), `opsconductor-notify ${purpose}`, 32));
  derived.set(purpose, { from: master, key });
  return key;
}
