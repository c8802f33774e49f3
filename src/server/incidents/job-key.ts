import type { TRoutableEvent } from "@/server/events/routable-event";

/** One job as the executor reports it over many runs: its source and name. Null when the event names no job. */
export function jobKeyOf(event: Pick<TRoutableEvent, "source" | "job">): string | null {
  return event.job?.name ? `${event.source ?? ""}:${event.job.name}` : null;
}

export const JOB_FAILURE_TYPES = new Set(["job.failed", "job.timeout"]);
export const JOB_SUCCESS_TYPES = new Set(["job.completed", "job.succeeded"]);
