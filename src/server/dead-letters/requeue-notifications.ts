import { recordAudit } from "@/server/audit/record-audit";
import { db } from "@/server/db/client";
import { enqueueDelivery } from "@/server/delivery/enqueue-delivery";
import { parseInput } from "@/server/errors/app-error";
import { ZNotificationIds } from "./schemas";

/**
 * Gives dead (or permanently failed) notifications a fresh retry schedule:
 * out of the dead-letter queue, back to PENDING, job queued — in one
 * transaction. Their delivery attempts stay as history; numbering continues.
 */
export async function requeueNotifications(input: unknown): Promise<{ requeued: number }> {
  const { notification_ids: ids } = parseInput(ZNotificationIds, input);
  return db().$transaction(async (tx) => {
    const notifications = await tx.notification.findMany({ where: { id: { in: ids }, status: { in: ["DEAD", "FAILED"] } } });
    if (notifications.length === 0) return { requeued: 0 };
    const requeueIds = notifications.map((n) => n.id);
    await tx.deadLetter.deleteMany({ where: { notificationId: { in: requeueIds } } });
    await tx.notification.updateMany({
      where: { id: { in: requeueIds } },
      data: { status: "PENDING", retryCount: 0, nextAttemptAt: null },
    });
    for (const notification of notifications) await enqueueDelivery(tx, notification);
    for (const notification of notifications) {
      await recordAudit(tx, { action: "notification.requeued", target: { type: "notification", id: notification.id, label: notification.subject }, before: { status: notification.status.toLowerCase() }, after: { status: "pending" } });
    }
    return { requeued: notifications.length };
  });
}
