import { recordAudit } from "@/server/audit/record-audit";
import { hashPassword } from "@/server/auth/password";
import { db, Prisma } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { findOpenInvitation } from "./find-open-invitation";
import { USER_VIEW_COLUMNS, toUserView, userSnapshot, type TUserView } from "./user-view";
import { ZAcceptInvitation, type TAcceptInvitation } from "./user-schemas";

/**
 * Turns an invitation into an account with the name and password the
 * invitee chose. The invitation is marked accepted in the same transaction
 * (only while still open), so a link works once even when it is used twice at the same moment.
 */
export async function acceptInvitation(input: TAcceptInvitation | unknown, now = new Date()): Promise<TUserView> {
  const { token, name, password } = parseInput(ZAcceptInvitation, input);
  const passwordHash = await hashPassword(password);
  try {
    return await db().$transaction(async (tx) => {
      const invitation = await findOpenInvitation(token, now, tx);
      if ("problem" in invitation) throw new AppError("BAD_REQUEST", invitation.problem, { fieldErrors: { token: [invitation.problem] } });
      const { count } = await tx.userInvitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now } });
      if (count === 0) throw new AppError("BAD_REQUEST", "This invitation was already accepted: sign in instead.");
      const user = await tx.user.create({ data: { email: invitation.email, name, role: invitation.role, passwordHash }, select: USER_VIEW_COLUMNS });
      await recordAudit(tx, {
        action: "user.created",
        target: { type: "user", id: user.id, label: user.email },
        after: { ...userSnapshot(user), via: `invitation #${invitation.id} from ${invitation.invitedBy}` },
        // The link is the credential here: no session says who this is.
        actor: { type: "user", id: user.id, label: user.email },
      });
      return toUserView(user);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", "An account with this email address exists already: sign in instead.");
    throw error;
  }
}
