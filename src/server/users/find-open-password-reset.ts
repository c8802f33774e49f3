import { db, type Prisma } from "@/server/db/client";
import { hashUserToken } from "./user-token";

type TTx = Pick<Prisma.TransactionClient, "passwordReset">;

const INVALID = "This password-reset link is not valid or has expired. Ask for a new one on the sign-in page.";

/** The reset a link's token opens (with its user), or why it opens none. */
export async function findOpenPasswordReset(token: string, now = new Date(), tx: TTx = db()) {
  const reset = await tx.passwordReset.findUnique({ where: { tokenHash: hashUserToken(token) }, include: { user: { select: { id: true, email: true, deactivatedAt: true } } } });
  if (!reset || reset.expiresAt <= now || reset.user.deactivatedAt) return { problem: INVALID };
  if (reset.usedAt) return { problem: "This password-reset link was already used. Sign in, or ask for a new link on the sign-in page." };
  return reset;
}
