import { db } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { keyRing, type TKeyName } from "./encryption-keys";
import { KEY_CHECK_COLUMN } from "./sealed-columns";
import { DecryptionError, encryptSecret, openSecret, sealedKeyId } from "./secret-box";

const { context: CONTEXT } = KEY_CHECK_COLUMN;
const KNOWN_VALUE = "opsconductor-notify encryption key check";

/**
 * Fails start-up when NOTIFY_ENCRYPTION_KEY is not the key this database's
 * secrets were sealed with, instead of failing later at the first send (or,
 * worse, after someone re-enters every password under the wrong key). The
 * first start seals a known value; every later start must open it, with the
 * current key or, during a rotation, NOTIFY_ENCRYPTION_KEY_PREVIOUS (key:rotate
 * re-seals the known value last, once everything else is under the new key).
 * Resolves with the key that opened it.
 */
export async function verifyEncryptionKey(options: { log?: (line: string) => void } = {}): Promise<{ sealedWith: TKeyName }> {
  const log = options.log ?? ((line: string) => console.warn(`[notify] ${line}`));
  // Web and worker may start together: whoever inserts first wins, both check that row.
  await db().encryptionKeyCheck.createMany({ data: [{ id: 1, sealed: encryptSecret(KNOWN_VALUE, CONTEXT) }], skipDuplicates: true });
  const check = await db().encryptionKeyCheck.findUniqueOrThrow({ where: { id: 1 } });
  let opened: { plaintext: string; keyName: TKeyName } | null = null;
  try {
    opened = openSecret(check.sealed, CONTEXT);
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
  }
  const { current, previous } = keyRing();
  if (opened?.plaintext !== KNOWN_VALUE) {
    const sealedWith = sealedKeyId(check.sealed);
    // An AppError, so the CLI prints the sentence without a stack trace.
    throw new AppError(
      "INTERNAL",
      `NOTIFY_ENCRYPTION_KEY is not the key this database was set up with (on ${check.createdAt.toISOString()})` +
        `${previous ? ", and neither is NOTIFY_ENCRYPTION_KEY_PREVIOUS" : ""}: the saved SMTP password and other secrets cannot be decrypted. ` +
        `(Key ids: the database needs ${sealedWith ?? "a key from before key ids were recorded"}; NOTIFY_ENCRYPTION_KEY is ${current.id}${previous ? `, NOTIFY_ENCRYPTION_KEY_PREVIOUS is ${previous.id}` : ""}.) ` +
        "Start with the original NOTIFY_ENCRYPTION_KEY, or, to rotate it, set the original as NOTIFY_ENCRYPTION_KEY_PREVIOUS until `npm run notify -- key:rotate` has finished. " +
        "If it is lost, delete the row of the encryption_key_check table and enter every saved secret again.",
    );
  }
  if (opened.keyName === "NOTIFY_ENCRYPTION_KEY_PREVIOUS") {
    log("key rotation in progress: secrets are still sealed with NOTIFY_ENCRYPTION_KEY_PREVIOUS; run `npm run notify -- key:rotate`");
  } else if (previous) {
    // Also the first step of a rolling rotation (the next key accepted before it becomes current).
    log("NOTIFY_ENCRYPTION_KEY_PREVIOUS is set and still accepted for reading; remove it once `npm run notify -- key:rotate` reports every value under NOTIFY_ENCRYPTION_KEY");
  }
  return { sealedWith: opened.keyName };
}
