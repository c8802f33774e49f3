import { recordAudit } from "@/server/audit/record-audit";
import { forgetCachedApiKeys } from "@/server/auth/api-keys";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { keepAnActiveAdmin } from "./keep-an-active-admin";
import { lockActiveAdmins } from "./lock-active-admins";
import { loadUserForUpdate } from "./load-user-for-update";
import { USER_VIEW_COLUMNS, toUserView, userSnapshot, type TUserView } from "./user-view";

/**
 * Stops a user from signing in: their sessions end on their next request and
 * the personal API keys they made are refused (at once in this process,
 * within the key cache's 5 seconds in others). The row and its history stay.
 */
export async function deactivateUser(options: { id: number; actorUserId?: number; now?: Date }): Promise<TUserView> {
  if (options.id === options.actorUserId) throw new AppError("CONFLICT", "You cannot deactivate your own account: ask another admin.");
  const now = options.now ?? new Date();
  const user = await db().$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const before = await loadUserForUpdate(tx, options.id);
    if (before.deactivatedAt) throw new AppError("CONFLICT", `${before.email} is already deactivated`);
    if (before.role === "ADMIN") keepAnActiveAdmin(admins, before.id, "deactivate");
    const after = await tx.user.update({ where: { id: before.id }, data: { deactivatedAt: now, sessionsValidFrom: now }, select: USER_VIEW_COLUMNS });
    await tx.passwordReset.updateMany({ where: { userId: before.id, usedAt: null }, data: { expiresAt: now } });
    await recordAudit(tx, { action: "user.deactivated", target: { type: "user", id: after.id, label: after.email }, before: userSnapshot(before), after: userSnapshot(after) });
    return after;
  });
  forgetCachedApiKeys();
  return toUserView(user);
}
