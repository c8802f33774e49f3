import type { Task } from "graphile-worker";
import { deliverNotification } from "@/server/delivery/deliver-notification";
import { TASKS } from "@/server/jobs/tasks";

export const deliverySend: Task = async (payload, helpers) => {
  const { notificationId, slotReserved } = TASKS.deliverySend.payload.parse(payload);
  const outcome = await deliverNotification(notificationId, { slotReserved });
  helpers.logger.debug(`notification ${notificationId}: ${outcome}`);
};
