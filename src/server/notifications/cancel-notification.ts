import { recordAudit } from "@/server/audit/record-audit";
import { db, type Notification } from "@/server/db/client";
import { DELIVERY_JOB_KEY_PREFIX } from "@/server/delivery/enqueue-delivery";
import { AppError, parseInput } from "@/server/errors/app-error";
import { ZNotificationId } from "./schemas";

/** Not sent yet, and no worker is sending it right now. */
const CANCELLABLE = new Set<Notification["status"]>(["PENDING", "RETRYING", "DEFERRED"]);

const WHY_NOT: Partial<Record<Notification["status"], string>> = {
  SENDING: "is being delivered right now; it cannot be called back",
  SENT: "was already sent",
  DEAD: "is in the dead-letter queue; discard it there instead",
  FAILED: "already failed and will not be sent",
  SUPPRESSED: "was suppressed and will not be sent",
  CANCELLED: "was already cancelled",
};

/**
 * Cancels a notification that has not been sent (pending, retrying or
 * deferred): its delivery job is removed and it becomes CANCELLED, with who
 * did it — in one transaction holding the row, so a worker that picks the job
 * up meanwhile finds it cancelled and sends nothing.
 */
export async function cancelNotification(options: { id: unknown; cancelledBy: string }): Promise<Notification> {
  const id = parseInput(ZNotificationId, options.id);
  return db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: Notification["status"] }[]>`select status from notifications where id = ${id} for update`;
    if (!row) throw new AppError("NOT_FOUND", `Notification ${id} not found`);
    if (!CANCELLABLE.has(row.status)) throw new AppError("CONFLICT", `Notification ${id} ${WHY_NOT[row.status] ?? `is ${row.status.toLowerCase()}`}`);
    await tx.$queryRaw`select graphile_worker.remove_job(${`${DELIVERY_JOB_KEY_PREFIX}${id}`}::text)`;
    const cancelled = await tx.notification.update({
      where: { id },
      data: { status: "CANCELLED", cancelledAt: new Date(), cancelledBy: options.cancelledBy, nextAttemptAt: null },
    });
    await recordAudit(tx, { action: "notification.cancelled", target: { type: "notification", id, label: cancelled.subject }, before: { status: row.status.toLowerCase() }, after: { status: "cancelled" } });
    return cancelled;
  });
}
