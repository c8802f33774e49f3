import { createHash, randomBytes } from "node:crypto";

/** SHA-256 of a link's token: what the database keeps, so a leaked table opens no account. */
export function hashUserToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A fresh token for an invitation or password-reset link (192 random bits), with its hash. */
export function newUserToken(): { token: string; tokenHash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, tokenHash: hashUserToken(token) };
}
