import type { Task } from "graphile-worker";
import { TASKS } from "@/server/jobs/tasks";
import { repeatAlerts } from "@/server/routing/repeat-alerts";

export const alertsRepeat: Task = async (payload, helpers) => {
  const { eventIds } = TASKS.alertsRepeat.payload.parse(payload);
  const told = await repeatAlerts(eventIds);
  helpers.logger.debug(`${eventIds.length} re-sent alert(s): ${told} notification(s) by rules that repeat`);
};
