import { db, type Role } from "@/server/db/client";

export type TUserSummary = { id: number; email: string; name: string | null; role: Role };

/** Everyone who can be notified, for pickers and the admin's way into each user's preferences. */
export function listUsers(): Promise<TUserSummary[]> {
  return db().user.findMany({ orderBy: { email: "asc" }, take: 5_000, select: { id: true, email: true, name: true, role: true } });
}
