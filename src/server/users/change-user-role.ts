import { recordAudit } from "@/server/audit/record-audit";
import { forgetCachedApiKeys } from "@/server/auth/api-keys";
import { db } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { keepAnActiveAdmin } from "./keep-an-active-admin";
import { lockActiveAdmins } from "./lock-active-admins";
import { loadUserForUpdate } from "./load-user-for-update";
import { USER_VIEW_COLUMNS, toUserView, userSnapshot, type TUserView } from "./user-view";
import { ZChangeRole } from "./user-schemas";

/** Gives a user another role; it applies to their next request (sessions and personal keys read the role each time). */
export async function changeUserRole(options: { id: number; input: unknown }): Promise<TUserView> {
  const { role } = parseInput(ZChangeRole, options.input);
  const user = await db().$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const before = await loadUserForUpdate(tx, options.id);
    if (before.role === "ADMIN" && role !== "ADMIN") keepAnActiveAdmin(admins, before.id, "demote");
    const after = await tx.user.update({ where: { id: before.id }, data: { role }, select: USER_VIEW_COLUMNS });
    await recordAudit(tx, { action: "user.role_changed", target: { type: "user", id: after.id, label: after.email }, before: userSnapshot(before), after: userSnapshot(after) });
    return after;
  });
  forgetCachedApiKeys();
  return toUserView(user);
}
