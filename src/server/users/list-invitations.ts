import { db } from "@/server/db/client";
import { toInvitationView, type TInvitationView } from "./invitation-view";

/** Invitations not yet accepted or withdrawn (expired ones too, so an admin sees whom to invite again), newest first. */
export async function listInvitations(now = new Date()): Promise<TInvitationView[]> {
  const invitations = await db().userInvitation.findMany({ where: { acceptedAt: null, revokedAt: null }, orderBy: { createdAt: "desc" }, take: 1_000 });
  return invitations.map((invitation) => toInvitationView(invitation, now));
}
