import { db } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { issuePasswordReset } from "./issue-password-reset";
import type { TUserEmailOutcome } from "./send-user-email";

/** An admin sends a user a password-reset link (the admin never sees the link: it is the user's credential). */
export async function sendPasswordReset(options: { id: number; requestedBy: string }): Promise<TUserEmailOutcome> {
  const user = await db().user.findUnique({ where: { id: options.id }, select: { id: true, email: true, deactivatedAt: true } });
  if (!user) throw new AppError("NOT_FOUND", `No user #${options.id}`);
  if (user.deactivatedAt) throw new AppError("CONFLICT", `${user.email} is deactivated: reactivate the account first.`);
  return issuePasswordReset({ user, requestedBy: options.requestedBy });
}
