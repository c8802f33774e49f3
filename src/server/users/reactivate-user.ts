import { recordAudit } from "@/server/audit/record-audit";
import { forgetCachedApiKeys } from "@/server/auth/api-keys";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { loadUserForUpdate } from "./load-user-for-update";
import { USER_VIEW_COLUMNS, toUserView, userSnapshot, type TUserView } from "./user-view";

/** Lets a deactivated user sign in again, with the role and personal keys they had. */
export async function reactivateUser(options: { id: number }): Promise<TUserView> {
  const user = await db().$transaction(async (tx) => {
    const before = await loadUserForUpdate(tx, options.id);
    if (!before.deactivatedAt) throw new AppError("CONFLICT", `${before.email} is active already`);
    const after = await tx.user.update({ where: { id: before.id }, data: { deactivatedAt: null }, select: USER_VIEW_COLUMNS });
    await recordAudit(tx, { action: "user.reactivated", target: { type: "user", id: after.id, label: after.email }, before: userSnapshot(before), after: userSnapshot(after) });
    return after;
  });
  forgetCachedApiKeys();
  return toUserView(user);
}
