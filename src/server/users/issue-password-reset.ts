import { appUrl, env } from "@/env";
import { appLink } from "@/emails/components/app-link";
import { recordAudit } from "@/server/audit/record-audit";
import { db } from "@/server/db/client";
import { renderPasswordResetEmail } from "./render-password-reset-email";
import { sendUserEmail, type TUserEmailOutcome } from "./send-user-email";
import { newUserToken } from "./user-token";

/**
 * Makes a password-reset link for an active user (valid once, for
 * PASSWORD_RESET_TTL; earlier unused links of theirs stop working) and emails
 * it once the link is committed. `requestedBy` is "self" for Forgot password?.
 */
export async function issuePasswordReset(options: { user: { id: number; email: string }; requestedBy: string; now?: Date }): Promise<TUserEmailOutcome> {
  const now = options.now ?? new Date();
  const { token, tokenHash } = newUserToken();
  const expiresAt = new Date(now.getTime() + env().PASSWORD_RESET_TTL);
  const { user, requestedBy } = options;
  await db().$transaction(async (tx) => {
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await tx.passwordReset.create({ data: { userId: user.id, tokenHash, requestedBy, expiresAt, createdAt: now } });
    await recordAudit(tx, { action: "user.password_reset_sent", target: { type: "user", id: user.id, label: user.email }, after: { requested_by: requestedBy, expires_at: expiresAt.toISOString() } });
  });
  const message = await renderPasswordResetEmail({
    appUrl: appUrl(),
    email: user.email,
    requestedBy: requestedBy === "self" ? "you" : requestedBy.replace(/^(user|api_key):/, ""),
    resetUrl: appLink(appUrl(), `reset-password/${token}`),
    expiresAt,
    timeZone: env().DEFAULT_TIME_ZONE,
  });
  return sendUserEmail(user.email, message);
}
