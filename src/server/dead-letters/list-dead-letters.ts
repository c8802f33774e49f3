import { db } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { ZDeadLetterListQuery } from "./schemas";

/**
 * Newest dead letters first, with what an admin needs to decide: requeue or
 * discard. Named columns only: never the notification's body, metadata or
 * attachments, which the detail page loads one at a time.
 */
export async function listDeadLetters(query: unknown) {
  const { page, page_size: pageSize } = parseInput(ZDeadLetterListQuery, query);
  const [items, total] = await Promise.all([
    db().deadLetter.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        notificationId: true,
        errorType: true,
        errorMessage: true,
        retryCount: true,
        lastRetryAt: true,
        createdAt: true,
        notification: { select: { id: true, subject: true, recipientEmail: true, channel: true, notificationType: true, priority: true, createdAt: true } },
      },
    }),
    db().deadLetter.count(),
  ]);
  return { items, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
