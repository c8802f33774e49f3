import type { TSessionUser } from "@/server/auth/roles";
import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { ZPreferencesUserRef } from "./preferences-schema";

/**
 * The user whose preferences are read or changed, by id or email. A signed-in
 * `viewer` may reach only their own unless they are an admin; API keys
 * (no viewer) were already checked for their preferences scope.
 */
export async function preferencesUser(ref: unknown, viewer?: TSessionUser) {
  const key = parseInput(ZPreferencesUserRef, ref);
  const user = await db().user.findUnique({ where: typeof key === "number" ? { id: key } : { email: key.toLowerCase() }, select: { id: true, email: true, name: true } });
  if (viewer && viewer.role !== "ADMIN" && viewer.id !== user?.id) throw new AppError("FORBIDDEN", "Only admins may see or change another user's preferences");
  if (!user) throw new AppError("NOT_FOUND", `No user ${key}`);
  return user;
}
