import { createCipheriv, randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { parseEnv, type TEnv } from "@/env";
import { keyIdOf, toEncryptionKey } from "./encryption-keys";
import { decryptSecret, DecryptionError, encryptSecret, openSecret, openWithKeys, resealSecret, sealedKeyId, sealWithKey } from "./secret-box";

// The keys a process would read from its environment, switched by each test.
const environment = vi.hoisted(() => ({}) as Partial<TEnv>);
vi.mock("@/env", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/env")>()), env: () => environment }));

const A = toEncryptionKey(Buffer.alloc(32, 0xa).toString("base64"), "NOTIFY_ENCRYPTION_KEY_PREVIOUS");
const B = toEncryptionKey(Buffer.alloc(32, 0xb).toString("hex"), "NOTIFY_ENCRYPTION_KEY");
const CONTEXT = "smtp_settings.password";

/** A value in the format written before key ids existed: `v1:<nonce>:<ciphertext>:<tag>`. */
function legacySeal(bytes: Buffer, plaintext: string, context: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", bytes, nonce);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", nonce.toString("base64url"), ciphertext.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(":");
}

describe("key ids", () => {
  it("are 8 url-safe characters, stable per key and different between keys", () => {
    expect(A.id).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(keyIdOf(Buffer.alloc(32, 0xa))).toBe(A.id);
    expect(B.id).not.toBe(A.id);
    expect(A.id).not.toContain(Buffer.alloc(32, 0xa).toString("base64url").slice(0, 8));
  });
});

describe("sealing with two keys", () => {
  it("names the sealing key at the end, where the previous release's reader ignores it", () => {
    const sealed = sealWithKey(B, "hunter2", CONTEXT);
    expect(sealed.split(":")).toHaveLength(5);
    expect(sealed).toMatch(new RegExp(`^v1:[^:]+:[^:]*:[^:]+:${B.id}$`));
    expect(sealedKeyId(sealed)).toBe(B.id);
    expect(sealedKeyId(legacySeal(A.bytes, "x", CONTEXT))).toBeNull();
  });

  it("opens each value with the key it names, whatever the order of the keys", () => {
    const underA = sealWithKey(A, "old secret", CONTEXT);
    const underB = sealWithKey(B, "new secret", CONTEXT);
    for (const keys of [[B, A], [A, B]]) {
      expect(openWithKeys(keys, underA, CONTEXT)).toMatchObject({ plaintext: "old secret", key: { name: "NOTIFY_ENCRYPTION_KEY_PREVIOUS" } });
      expect(openWithKeys(keys, underB, CONTEXT)).toMatchObject({ plaintext: "new secret", key: { name: "NOTIFY_ENCRYPTION_KEY" } });
    }
  });

  it("opens values from before key ids by trying each key", () => {
    const legacy = legacySeal(A.bytes, "from last year", CONTEXT);
    expect(openWithKeys([B, A], legacy, CONTEXT)).toMatchObject({ plaintext: "from last year", key: { id: A.id } });
    expect(() => openWithKeys([B], legacy, CONTEXT)).toThrow("Cannot decrypt smtp_settings.password: NOTIFY_ENCRYPTION_KEY is not the key it was encrypted with");
    expect(() => openWithKeys([B, A], legacySeal(randomBytes(32), "x", CONTEXT), CONTEXT)).toThrow(/neither NOTIFY_ENCRYPTION_KEY nor NOTIFY_ENCRYPTION_KEY_PREVIOUS is the key/);
  });

  it("refuses a value sealed with an unknown key, naming its key id", () => {
    const other = toEncryptionKey(randomBytes(32).toString("base64"), "NOTIFY_ENCRYPTION_KEY");
    const sealed = sealWithKey(other, "secret", CONTEXT);
    expect(() => openWithKeys([B, A], sealed, CONTEXT)).toThrow(DecryptionError);
    expect(() => openWithKeys([B, A], sealed, CONTEXT)).toThrow(`it was sealed with key ${other.id}, and neither NOTIFY_ENCRYPTION_KEY nor NOTIFY_ENCRYPTION_KEY_PREVIOUS is that key`);
  });

  it("keeps binding the context, and refuses altered values and key ids", () => {
    const sealed = sealWithKey(B, "secret", CONTEXT);
    expect(() => openWithKeys([B], sealed, "notifications.destination")).toThrow(/altered or belongs to another column/);
    const [version, nonce, ciphertext, tag] = sealed.split(":");
    expect(() => openWithKeys([B, A], [version, nonce, ciphertext, tag, A.id].join(":"), CONTEXT)).toThrow(DecryptionError);
    expect(() => openWithKeys([B], `${sealed}:extra`, CONTEXT)).toThrow("Not an encrypted smtp_settings.password value");
    expect(() => openWithKeys([B], `${sealed.slice(0, -B.id.length)}`, CONTEXT)).toThrow("Not an encrypted smtp_settings.password value");
  });
});

describe("the keys from the environment", () => {
  function useKeys(current: Buffer, previous?: Buffer) {
    environment.NOTIFY_ENCRYPTION_KEY = current.toString("base64");
    environment.NOTIFY_ENCRYPTION_KEY_PREVIOUS = previous?.toString("base64");
  }

  it("writes with the current key, reads with both, and re-seals only what the current key did not seal", () => {
    useKeys(A.bytes);
    const underA = encryptSecret("old", CONTEXT);
    const legacyUnderB = legacySeal(B.bytes, "legacy", CONTEXT);
    useKeys(B.bytes, A.bytes);
    expect(sealedKeyId(encryptSecret("new", CONTEXT))).toBe(B.id);
    expect(decryptSecret(underA, CONTEXT)).toBe("old");
    expect(openSecret(underA, CONTEXT).keyName).toBe("NOTIFY_ENCRYPTION_KEY_PREVIOUS");

    const resealed = resealSecret(underA, CONTEXT);
    expect(sealedKeyId(resealed ?? "")).toBe(B.id);
    expect(resealSecret(resealed ?? "", CONTEXT)).toBeNull();
    // A value from before key ids gets one even when the current key sealed it.
    expect(sealedKeyId(resealSecret(legacyUnderB, CONTEXT) ?? "")).toBe(B.id);

    useKeys(B.bytes);
    expect(decryptSecret(resealed ?? "", CONTEXT)).toBe("old");
    expect(() => decryptSecret(underA, CONTEXT)).toThrow(`it was sealed with key ${A.id}, and NOTIFY_ENCRYPTION_KEY is not that key`);
  });

  it("treats an empty NOTIFY_ENCRYPTION_KEY_PREVIOUS as unset and refuses a malformed one", () => {
    const base = { DATABASE_URL: "postgres://x@localhost/x", NEXTAUTH_SECRET: "x".repeat(32), NOTIFY_ENCRYPTION_KEY: B.bytes.toString("base64") };
    expect(parseEnv({ ...base, NOTIFY_ENCRYPTION_KEY_PREVIOUS: "" }).NOTIFY_ENCRYPTION_KEY_PREVIOUS).toBeUndefined();
    expect(parseEnv({ ...base, NOTIFY_ENCRYPTION_KEY_PREVIOUS: ` ${A.bytes.toString("base64")} ` }).NOTIFY_ENCRYPTION_KEY_PREVIOUS).toBe(A.bytes.toString("base64"));
    expect(() => parseEnv({ ...base, NOTIFY_ENCRYPTION_KEY_PREVIOUS: "too-short" })).toThrow(/NOTIFY_ENCRYPTION_KEY_PREVIOUS: must be the previous NOTIFY_ENCRYPTION_KEY/);
  });
});
