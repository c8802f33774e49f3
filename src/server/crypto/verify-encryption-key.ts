import { db } from "@/server/db/client";
import { decryptSecret, DecryptionError, encryptSecret } from "./secret-box";

const CONTEXT = "encryption_key_check";
const KNOWN_VALUE = "opsconductor-notify encryption key check";

/**
 * Fails start-up when NOTIFY_ENCRYPTION_KEY is not the key this database's
 * secrets were sealed with, instead of failing later at the first send (or,
 * worse, after someone re-enters every password under the wrong key). The
 * first start seals a known value; every later start must open it.
 */
export async function verifyEncryptionKey(): Promise<void> {
  // Web and worker may start together: whoever inserts first wins, both check that row.
  await db().encryptionKeyCheck.createMany({ data: [{ id: 1, sealed: encryptSecret(KNOWN_VALUE, CONTEXT) }], skipDuplicates: true });
  const check = await db().encryptionKeyCheck.findUniqueOrThrow({ where: { id: 1 } });
  let opened: string;
  try {
    opened = decryptSecret(check.sealed, CONTEXT);
  } catch (error) {
    if (!(error instanceof DecryptionError)) throw error;
    opened = "";
  }
  if (opened !== KNOWN_VALUE) {
    throw new Error(
      `NOTIFY_ENCRYPTION_KEY is not the key this database was set up with (on ${check.createdAt.toISOString()}): ` +
        "the saved SMTP password and other secrets cannot be decrypted. Start with the original NOTIFY_ENCRYPTION_KEY. " +
        "If it is lost, delete the row of the encryption_key_check table and enter every saved secret again.",
    );
  }
}
