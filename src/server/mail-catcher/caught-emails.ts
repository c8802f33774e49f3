import { z } from "zod";
import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";

export const ZCaughtEmailListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(200).default(25),
});

export async function listCaughtEmails(query: z.input<typeof ZCaughtEmailListQuery>) {
  const { page, page_size: pageSize } = parseInput(ZCaughtEmailListQuery, query);
  const [items, total] = await Promise.all([
    db().caughtEmail.findMany({
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, mailFrom: true, rcptTo: true, subject: true, receivedAt: true },
    }),
    db().caughtEmail.count(),
  ]);
  return { items, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export async function getCaughtEmail(id: unknown) {
  const emailId = parseInput(z.coerce.number().int().positive(), id);
  const email = await db().caughtEmail.findUnique({ where: { id: emailId } });
  if (!email) throw new AppError("NOT_FOUND", `Caught email ${emailId} not found`);
  return email;
}

export async function clearCaughtEmails(): Promise<number> {
  const { count } = await db().caughtEmail.deleteMany();
  return count;
}
