import { recordAudit } from "@/server/audit/record-audit";
import { hashPassword } from "@/server/auth/password";
import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { findOpenPasswordReset } from "./find-open-password-reset";
import { ZResetPassword } from "./user-schemas";

/**
 * Sets a new password through a reset link: once (the link is marked used in
 * the same transaction, only while unused), and every session signed in
 * before it ends. Answers the account's email, so the page can sign them in.
 */
export async function resetPassword(input: unknown, now = new Date()): Promise<{ email: string }> {
  const { token, password } = parseInput(ZResetPassword, input);
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const reset = await findOpenPasswordReset(token, now, tx);
    if ("problem" in reset) throw new AppError("BAD_REQUEST", reset.problem, { fieldErrors: { token: [reset.problem] } });
    const { count } = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0) throw new AppError("BAD_REQUEST", "This password-reset link was already used.");
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash, mustChangePassword: false, sessionsValidFrom: now } });
    await recordAudit(tx, {
      action: "user.password_changed",
      target: { type: "user", id: reset.userId, label: reset.user.email },
      after: { via: "reset link", password: "changed" },
      secrets: ["password"],
      actor: { type: "user", id: reset.userId, label: reset.user.email },
    });
    return { email: reset.user.email };
  });
}
