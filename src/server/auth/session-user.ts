import { getServerSession } from "next-auth";
import { db } from "@/server/db/client";
import { authOptions } from "./auth-options";
import type { TSessionUser } from "./roles";

/**
 * The signed-in user, read fresh from the database on each request so a role
 * change or a deleted account takes effect at once rather than when the JWT expires.
 */
export async function getSessionUser(): Promise<TSessionUser | null> {
  const options = authOptions();
  const session = await getServerSession({
    ...options,
    callbacks: { ...options.callbacks, session: ({ session, token }) => ({ ...session, uid: token.uid }) },
  });
  const uid = (session as { uid?: unknown } | null)?.uid;
  if (typeof uid !== "number") return null;
  return db().user.findUnique({ where: { id: uid }, select: { id: true, email: true, name: true, role: true } });
}
