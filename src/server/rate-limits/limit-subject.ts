import { createHmac } from "node:crypto";
import { env } from "@/env";

/**
 * The part of a counter's key that names who or what is counted (an email, an
 * address, a webhook URL, a phone number): keyed-hashed, so the table holds no
 * personal data or secrets, a guessable value (a phone number) cannot be
 * recovered from it, and a long value still fits the 255-character key.
 */
export function limitSubject(kind: string, value: string): string {
  return createHmac("sha256", env().NEXTAUTH_SECRET).update(`rate-limit:${kind}:${value}`).digest("base64url");
}
