import { appUrl, env } from "@/env";
import { appLink } from "@/emails/components/app-link";
import { recordAudit } from "@/server/audit/record-audit";
import { db, type Role } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { toInvitationView, type TInvitationView } from "./invitation-view";
import { renderInvitationEmail } from "./render-invitation-email";
import { sendUserEmail, type TUserEmailOutcome } from "./send-user-email";
import { ZInviteUser, type TInviteUser } from "./user-schemas";
import { newUserToken } from "./user-token";

const ROLE_LABEL: Record<Role, string> = { ADMIN: "Admin", OPERATOR: "Operator", VIEWER: "Viewer" };

export type TInviteResult = {
  invitation: TInvitationView;
  email: TUserEmailOutcome;
  /** The link itself, for the admin to pass on when the email did not go out; never stored. */
  accept_url: string;
};

/**
 * Invites someone by email: a link that works once, until INVITATION_TTL has
 * passed, lets them choose their name and password. A newer invitation to
 * the same address withdraws the older ones. The email goes after the
 * invitation is committed, so no link is ever sent for one that does not exist.
 */
export async function inviteUser(options: { input: TInviteUser | unknown; invitedBy: string; now?: Date }): Promise<TInviteResult> {
  const { email, name, role } = parseInput(ZInviteUser, options.input);
  const now = options.now ?? new Date();
  const { token, tokenHash } = newUserToken();
  const expiresAt = new Date(now.getTime() + env().INVITATION_TTL);
  const invitation = await db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError("CONFLICT", `${email} already has an account`, { fieldErrors: { email: ["already has an account"] } });
    }
    await tx.userInvitation.updateMany({ where: { email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const created = await tx.userInvitation.create({ data: { email, name: name ?? null, role, tokenHash, invitedBy: options.invitedBy, expiresAt, createdAt: now } });
    await recordAudit(tx, { action: "user.invited", target: { type: "user_invitation", id: created.id, label: email }, after: { email, name: name ?? null, role, expires_at: expiresAt.toISOString() } });
    return created;
  });
  const acceptUrl = appLink(appUrl(), `invite/${token}`);
  const message = await renderInvitationEmail({ appUrl: appUrl(), invitedBy: options.invitedBy.replace(/^(user|api_key):/, ""), email, roleLabel: ROLE_LABEL[role], acceptUrl, expiresAt, timeZone: env().DEFAULT_TIME_ZONE });
  return { invitation: toInvitationView(invitation, now), email: await sendUserEmail(email, message), accept_url: acceptUrl };
}
