import type { Task } from "graphile-worker";
import { TASKS } from "@/server/jobs/tasks";
import { routeInThread } from "../route-in-thread";

export const eventsRoute: Task = async (payload, helpers) => {
  const { eventIds } = TASKS.eventsRoute.payload.parse(payload);
  const summary = await routeInThread(eventIds);
  helpers.logger.debug(`routed ${summary.routed} event(s) into ${summary.notifications} notification(s); ${summary.failed} failed, ${summary.skipped} already routed`);
};
