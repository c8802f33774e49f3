import { db } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { issuePasswordReset } from "./issue-password-reset";
import { takePasswordResetRequest } from "./password-reset-limits";
import type { TUserEmailOutcome } from "./send-user-email";
import { ZRequestPasswordReset } from "./user-schemas";

/**
 * "Forgot password?": emails a reset link when the address belongs to an
 * active account, and answers the same either way. The email is sent after
 * the answer (`delivery`, which callers other than tests leave alone), so
 * the response time does not tell either.
 */
export async function requestPasswordReset(input: unknown): Promise<{ delivery: Promise<TUserEmailOutcome | null> }> {
  const email = parseInput(ZRequestPasswordReset, input).email.toLowerCase();
  const allowed = await takePasswordResetRequest(email);
  const user = allowed && email ? await db().user.findUnique({ where: { email }, select: { id: true, email: true, deactivatedAt: true } }) : null;
  if (!user || user.deactivatedAt) return { delivery: Promise.resolve(null) };
  const delivery = issuePasswordReset({ user, requestedBy: "self" }).catch((error: unknown) => {
    console.error("[users] sending a password-reset email failed:", error);
    return null;
  });
  return { delivery };
}
