import { recordAudit } from "@/server/audit/record-audit";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { toInvitationView, type TInvitationView } from "./invitation-view";

/** Withdraws an invitation that was not accepted yet: its link stops working at once. */
export async function revokeInvitation(id: number, now = new Date()): Promise<TInvitationView> {
  return db().$transaction(async (tx) => {
    const { count } = await tx.userInvitation.updateMany({ where: { id, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const invitation = await tx.userInvitation.findUnique({ where: { id } });
    if (!invitation) throw new AppError("NOT_FOUND", `No invitation #${id}`);
    if (count === 0) throw new AppError("CONFLICT", `Invitation #${id} was already ${invitation.acceptedAt ? "accepted" : "withdrawn"}`);
    await recordAudit(tx, { action: "user.invitation_revoked", target: { type: "user_invitation", id, label: invitation.email } });
    return toInvitationView(invitation, now);
  });
}
