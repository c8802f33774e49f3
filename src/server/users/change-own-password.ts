import { recordAudit } from "@/server/audit/record-audit";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { ZChangePassword, type TChangePassword } from "./user-schemas";

/**
 * A signed-in user changes their password (a temporary one too), proving the
 * current one first. Every session signed in before, this one included,
 * ends: the page signs in again with the new password.
 */
export async function changeOwnPassword(options: { userId: number; input: TChangePassword | unknown; now?: Date }): Promise<void> {
  const { current_password, new_password } = parseInput(ZChangePassword, options.input);
  const user = await db().user.findUnique({ where: { id: options.userId } });
  if (!user || user.deactivatedAt) throw new AppError("NOT_FOUND", "No such active user");
  if (!(await verifyPassword(current_password, user.passwordHash))) {
    throw new AppError("BAD_REQUEST", "The current password is not right", { fieldErrors: { current_password: ["is not right"] } });
  }
  const passwordHash = await hashPassword(new_password);
  const now = options.now ?? new Date();
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, sessionsValidFrom: now } });
    await recordAudit(tx, {
      action: "user.password_changed",
      target: { type: "user", id: user.id, label: user.email },
      after: { via: user.mustChangePassword ? "temporary password replaced" : "account page", password: "changed" },
      secrets: ["password"],
    });
  });
}
