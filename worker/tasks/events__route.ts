import type { Task } from "graphile-worker";
import { TASKS } from "@/server/jobs/tasks";
import { routeEvents } from "@/server/routing/route-events";

// Runs on the routing thread, at most WORKER_ROUTING_CONCURRENCY at once:
// twenty 1,000-event batches routed together ran out of heap (bench:events).
export const eventsRoute: Task = async (payload, helpers) => {
  const { eventIds } = TASKS.eventsRoute.payload.parse(payload);
  const summary = await routeEvents(eventIds);
  helpers.logger.debug(`routed ${summary.routed} event(s) into ${summary.notifications} notification(s); ${summary.failed} failed, ${summary.skipped} already routed`);
};
