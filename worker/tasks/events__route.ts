import type { Task } from "graphile-worker";
import pLimit from "p-limit";
import { env } from "@/env";
import { TASKS } from "@/server/jobs/tasks";
import { routeEvents } from "@/server/routing/route-events";

// Twenty 1,000-event batches routed at once ran the worker out of its heap
// (bench:events); the others wait here, their jobs still locked to this worker.
let limit: ReturnType<typeof pLimit> | undefined;

export const eventsRoute: Task = async (payload, helpers) => {
  const { eventIds } = TASKS.eventsRoute.payload.parse(payload);
  limit ??= pLimit(env().WORKER_ROUTING_CONCURRENCY);
  const summary = await limit(() => routeEvents(eventIds));
  helpers.logger.debug(`routed ${summary.routed} event(s) into ${summary.notifications} notification(s); ${summary.failed} failed, ${summary.skipped} already routed`);
};
