import { z } from "zod";
import { Role, type UserInvitation } from "@/server/db/client";

export const ZInvitationView = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(Role),
  invited_by: z.string(),
  status: z.enum(["pending", "expired", "accepted", "revoked"]),
  expires_at: z.iso.datetime(),
  created_at: z.iso.datetime(),
});
export type TInvitationView = z.output<typeof ZInvitationView>;

export function toInvitationView(invitation: UserInvitation, now = new Date()): TInvitationView {
  const status = invitation.acceptedAt ? "accepted" : invitation.revokedAt ? "revoked" : invitation.expiresAt <= now ? "expired" : "pending";
  return {
    id: invitation.id,
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    invited_by: invitation.invitedBy,
    status,
    expires_at: invitation.expiresAt.toISOString(),
    created_at: invitation.createdAt.toISOString(),
  };
}
