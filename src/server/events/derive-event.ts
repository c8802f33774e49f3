import { createHash } from "node:crypto";
import stringify from "safe-stable-stringify";
import { alertOccurrenceOf } from "./alert-occurrence";
import { defaultSeverity } from "./event-severity";
import type { TParsedEvent } from "./event-schema";
import type { TRoutableEvent } from "./routable-event";

const JOB_VERBS: Record<string, string> = {
  "job.completed": "completed",
  "job.succeeded": "succeeded",
  "job.failed": "failed",
  "job.started": "started",
  "job.timeout": "timed out",
  "job.cancelled": "was cancelled",
};

/** "Job nightly-backup failed on db-01", "Alert disk full from prometheus", "system.restart from scheduler". */
export function deriveTitle(event: Pick<TParsedEvent, "type" | "title" | "source" | "job">): string {
  if (event.title) return event.title;
  const where = event.job?.host ? ` on ${event.job.host}` : event.source ? ` from ${event.source}` : "";
  const [family, ...rest] = event.type.split(".");
  const name = rest.join(".").replaceAll("_", " ");
  let title: string;
  if (family === "job" && event.job?.name) title = `Job ${event.job.name} ${JOB_VERBS[event.type] ?? name}${where}`;
  else if (family === "alert" && name) title = `Alert ${name}${where}`;
  else if (family === "system" && name) title = `System event ${name}${where}`;
  else title = `${event.type}${where}`;
  return title.slice(0, 200);
}

/** Events of one kind about one job (or from one source) group together unless the reporter says otherwise. */
export function deriveGroupKey(event: Pick<TParsedEvent, "type" | "group_key" | "source" | "job">): string {
  return event.group_key ?? `${event.type}:${event.job?.name ?? event.source ?? ""}`;
}

/**
 * What makes two reports the same event: the reporter's idempotency key, or
 * for a job event without one its (source, run id, type) — so an executor
 * that retries a timed-out call never causes a second message — or for an
 * alert its (fingerprint, start, status): Alertmanager re-sends a firing
 * alert every repeat_interval, maybe with new annotations, and that is the
 * same alert, answered with the first event and routed once (told again
 * only by a rule with repeat_interval: repeatAlerts).
 */
export function dedupeKeyOf(event: Pick<TParsedEvent, "type" | "source" | "job" | "data" | "idempotency_key">, apiKeyId: number | null): { key: string; byIdempotencyKey: boolean } | null {
  if (event.idempotency_key) return { key: `key:${apiKeyId ?? "internal"}:${event.idempotency_key}`, byIdempotencyKey: true };
  if (event.job?.run_id) return { key: `job:${event.source ?? ""}:${event.job.run_id}:${event.type}`, byIdempotencyKey: false };
  const alert = alertOccurrenceOf(event);
  if (alert) return { key: `alert:${alert.fingerprint}:${alert.starts_at}:${alert.status}`, byIdempotencyKey: false };
  return null;
}

/** Fingerprint of the event as sent (keys sorted), to tell a retry from a different event under the same key. */
export function requestHashOf(event: TParsedEvent): string {
  const { idempotency_key: _key, ...body } = event;
  return createHash("sha256").update(stringify(body) ?? "").digest("hex");
}

/** The event with its defaults applied, as rules see it. */
export function toRoutableEvent(event: TParsedEvent, receivedAt: Date): TRoutableEvent {
  return {
    type: event.type,
    severity: event.severity ?? defaultSeverity(event.type),
    source: event.source ?? null,
    title: deriveTitle(event),
    message: event.message ?? null,
    job: event.job ?? null,
    labels: event.labels ?? {},
    data: event.data ?? {},
    occurredAt: event.occurred_at ? new Date(event.occurred_at) : receivedAt,
  };
}
