import { randomBytes } from "node:crypto";
import { createUser, countUsers } from "./users";

/**
 * Creates the first admin when the database has no users. Returns the
 * credentials so the caller can print them once; null when users exist.
 */
export async function ensureFirstAdmin(options: { email: string; password?: string }): Promise<{ email: string; password: string } | null> {
  if ((await countUsers()) > 0) return null;
  const password = options.password ?? randomBytes(12).toString("base64url");
  await createUser({ email: options.email, password, role: "ADMIN", name: "Administrator" });
  return { email: options.email, password };
}
