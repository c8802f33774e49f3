import type { Prisma } from "@/server/db/client";
import type { TEventSeverity } from "@/server/events/event-severity";
import type { TRoutableEvent } from "@/server/events/routable-event";
import { severityPriority } from "@/server/events/severity-priority";

/** What every notification routed from one event says; the recipient and channel come from its decision. */
export type TEventNotificationContent = {
  subject: string;
  body: string;
  notificationType: string;
  priority: ReturnType<typeof severityPriority>;
  jobRunId: string | null;
  metadata: Prisma.InputJsonObject;
};

/**
 * Maps an event onto the notification fields the templates already read
 * (metadata.job_name, status, host, log_tail, ...), so a routed job failure
 * looks exactly like one the executor sent directly.
 */
export function eventNotificationContent(eventId: string, event: TRoutableEvent, severity: TEventSeverity): TEventNotificationContent {
  const job = event.job ?? {};
  const details: Record<string, string | number | boolean> = { ...event.labels };
  for (const [key, value] of Object.entries(event.data)) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") details[key] = value;
  }
  if (job.exit_code !== undefined) details.exit_code = job.exit_code;
  if (job.url) details.job_url = job.url;
  const metadata = dropUndefined({
    event_id: eventId,
    event: event.type,
    severity,
    source: event.source ?? undefined,
    job_name: job.name,
    job_id: job.run_id,
    status: job.status,
    started_at: job.started_at,
    finished_at: job.finished_at,
    duration_ms: job.duration_ms,
    host: job.host,
    error: job.error,
    failing_step: job.step,
    log_tail: job.log_excerpt,
    details: Object.keys(details).length ? details : undefined,
    labels: Object.keys(event.labels).length ? event.labels : undefined,
    data: Object.keys(event.data).length ? (event.data as Prisma.InputJsonObject) : undefined,
  });
  return {
    subject: event.title,
    body: event.message ?? job.error ?? event.title,
    notificationType: event.type,
    priority: severityPriority(severity),
    jobRunId: job.run_id ?? null,
    metadata,
  };
}

function dropUndefined(record: Record<string, Prisma.InputJsonValue | undefined>): Prisma.InputJsonObject {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Prisma.InputJsonObject;
}
