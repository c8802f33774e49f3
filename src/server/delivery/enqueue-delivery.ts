import type { Notification, Prisma } from "@/server/db/client";
import { enqueueJob } from "@/server/jobs/enqueue-job";
import { JOB_PRIORITY } from "@/server/notifications/priority";
import { circuitFlag, circuitWaitFlag } from "./transport-circuit";
import { transportKeyFor } from "./transport-key";
import { DELIVERY_FLAG } from "./worker-control";

type TDeliveryJobOptions = { runAt?: Date; waitingForCircuit?: boolean; slotReserved?: boolean };
type TQueuedNotification = Pick<Notification, "priority" | "destinationKey">;

/** Delivery jobs are keyed `delivery:<notification id>`. */
export const DELIVERY_JOB_KEY_PREFIX = "delivery:";

/** Priority, flags and run time of a notification's delivery job. */
export function deliveryJobOptions(notification: TQueuedNotification, options: TDeliveryJobOptions) {
  const transportKey = transportKeyFor(notification);
  const flags = [DELIVERY_FLAG, circuitFlag(transportKey)];
  if (options.waitingForCircuit) flags.push(circuitWaitFlag(transportKey));
  return { priority: JOB_PRIORITY[notification.priority], runAt: options.runAt, flags };
}

/**
 * Queues (or re-queues) the delivery of `notification`. One job key per
 * notification, so a retry, a requeue and a stray duplicate collapse into one
 * waiting job; flags let workers hold it back while paused or while its
 * destination's circuit is open.
 */
export function enqueueDelivery(
  tx: Prisma.TransactionClient,
  notification: TQueuedNotification & Pick<Notification, "id">,
  options: TDeliveryJobOptions = {},
) {
  const payload = options.slotReserved ? { notificationId: notification.id, slotReserved: true } : { notificationId: notification.id };
  return enqueueJob(tx, "deliverySend", payload, { ...deliveryJobOptions(notification, options), jobKey: `${DELIVERY_JOB_KEY_PREFIX}${notification.id}` });
}
