import { db, type Prisma, type UserInvitation } from "@/server/db/client";
import { hashUserToken } from "./user-token";

type TTx = Pick<Prisma.TransactionClient, "userInvitation">;

/** The invitation a link's token opens, or why it opens none (the same words for unknown and withdrawn links). */
export async function findOpenInvitation(token: string, now = new Date(), tx: TTx = db()): Promise<UserInvitation | { problem: string }> {
  const invitation = await tx.userInvitation.findUnique({ where: { tokenHash: hashUserToken(token) } });
  if (!invitation || invitation.revokedAt) return { problem: "This invitation link is not valid. Ask an admin for a new invitation." };
  if (invitation.acceptedAt) return { problem: "This invitation was already accepted: sign in instead." };
  if (invitation.expiresAt <= now) return { problem: "This invitation link has expired. Ask an admin for a new invitation." };
  return invitation;
}
