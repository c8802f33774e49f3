import { recordAudit } from "@/server/audit/record-audit";
import { db } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { ZNotificationIds } from "./schemas";

/** Gives up on dead notifications for good: they leave the queue and end FAILED, saying who discarded them. */
export async function discardDeadLetters(input: unknown, discardedBy: string): Promise<{ discarded: number }> {
  const { notification_ids: ids } = parseInput(ZNotificationIds, input);
  return db().$transaction(async (tx) => {
    const discarded = await tx.deadLetter.findMany({ where: { notificationId: { in: ids } }, select: { notification: { select: { id: true, subject: true } } } });
    const { count } = await tx.deadLetter.deleteMany({ where: { notificationId: { in: ids } } });
    for (const { notification } of discarded) {
      await recordAudit(tx, { action: "notification.discarded", target: { type: "notification", id: notification.id, label: notification.subject }, before: { status: "dead" }, after: { status: "failed" } });
    }
    await tx.notification.updateMany({
      where: { id: { in: ids }, status: "DEAD" },
      data: { status: "FAILED", errorMessage: `Discarded from the dead-letter queue by ${discardedBy}` },
    });
    return { discarded: count };
  });
}
