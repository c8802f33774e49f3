import { db } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { ZNotificationIds } from "./schemas";

/** Gives up on dead notifications for good: they leave the queue and end FAILED, saying who discarded them. */
export async function discardDeadLetters(input: unknown, discardedBy: string): Promise<{ discarded: number }> {
  const { notification_ids: ids } = parseInput(ZNotificationIds, input);
  return db().$transaction(async (tx) => {
    const { count } = await tx.deadLetter.deleteMany({ where: { notificationId: { in: ids } } });
    await tx.notification.updateMany({
      where: { id: { in: ids }, status: "DEAD" },
      data: { status: "FAILED", errorMessage: `Discarded from the dead-letter queue by ${discardedBy}` },
    });
    return { discarded: count };
  });
}
