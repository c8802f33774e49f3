import type { Prisma } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";

/** The user's row, locked for the rest of the transaction, or NOT_FOUND. */
export async function loadUserForUpdate(tx: Prisma.TransactionClient, id: number) {
  const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM users WHERE id = ${id} FOR UPDATE`;
  const user = locked ? await tx.user.findUnique({ where: { id } }) : null;
  if (!user) throw new AppError("NOT_FOUND", `No user #${id}`);
  return user;
}
