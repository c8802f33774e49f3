import { getServerSession } from "next-auth";
import { db } from "@/server/db/client";
import { authOptions } from "./auth-options";
import type { TSessionUser } from "./roles";

/**
 * The signed-in user, read fresh from the database on each request so a role
 * change, a deactivation or a password change (which ends older sessions)
 * takes effect at once rather than when the JWT expires.
 */
export async function getSessionUser(): Promise<TSessionUser | null> {
  const options = authOptions();
  const session = await getServerSession({
    ...options,
    callbacks: { ...options.callbacks, session: ({ session, token }) => ({ ...session, uid: token.uid, signedInAt: token.signedInAt }) },
  });
  return sessionUserForToken((session ?? {}) as { uid?: unknown; signedInAt?: unknown });
}

/** The user a decoded session token stands for, or null when it no longer counts (deactivated, or signed in before a password change). */
export async function sessionUserForToken({ uid, signedInAt }: { uid?: unknown; signedInAt?: unknown }): Promise<TSessionUser | null> {
  if (typeof uid !== "number") return null;
  const user = await db().user.findUnique({
    where: { id: uid },
    select: { id: true, email: true, name: true, role: true, mustChangePassword: true, deactivatedAt: true, sessionsValidFrom: true },
  });
  if (!user || user.deactivatedAt) return null;
  // Sessions from before signedInAt was recorded count as signed in at 0: ended by any password change.
  if (user.sessionsValidFrom && (typeof signedInAt === "number" ? signedInAt : 0) < user.sessionsValidFrom.getTime()) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword };
}
