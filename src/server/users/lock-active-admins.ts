import type { Prisma } from "@/server/db/client";

/**
 * Locks the active admins' rows (in id order, so concurrent callers queue
 * instead of deadlocking) and answers their ids. Called before the changed
 * user's row is locked: a second concurrent demotion then waits here and
 * sees the first one's result.
 */
export async function lockActiveAdmins(tx: Prisma.TransactionClient): Promise<number[]> {
  const admins = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM users WHERE role = 'ADMIN' AND deactivated_at IS NULL ORDER BY id FOR UPDATE`;
  return admins.map((admin) => admin.id);
}
