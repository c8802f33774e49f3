import type { Event } from "@/server/db/client";
import type { TEventSeverity } from "./event-severity";
import type { TEventJob, TRoutableEvent } from "./routable-event";

/** A stored event as rules see it (stored events were validated on the way in). */
export function eventFromRow(event: Pick<Event, "type" | "severity" | "source" | "title" | "message" | "job" | "labels" | "data" | "occurredAt">): TRoutableEvent {
  return {
    type: event.type,
    severity: event.severity.toLowerCase() as TEventSeverity,
    source: event.source,
    title: event.title,
    message: event.message,
    job: (event.job as TEventJob | null) ?? null,
    labels: (event.labels as Record<string, string>) ?? {},
    data: (event.data as Record<string, unknown>) ?? {},
    occurredAt: event.occurredAt,
  };
}
