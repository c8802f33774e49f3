import { safeZone, toDateTime } from "./format-local-time";

type TInstant = Date | string;

/** What the caller knows about one message; camelCase like the rest of the TypeScript. */
export type TTemplateContextInput = {
  event: {
    id: string;
    type: string;
    severity: string;
    title: string;
    message?: string | null;
    source?: string | null;
    labels?: Readonly<Record<string, string>>;
    data?: Readonly<Record<string, unknown>>;
    occurredAt: TInstant;
  };
  /** Null when the event reports no job run. */
  job: {
    name?: string | null;
    status?: string | null;
    runId?: string | number | null;
    durationMs?: number | null;
    host?: string | null;
    step?: string | null;
    error?: string | null;
    logExcerpt?: string | null;
    url?: string | null;
    exitCode?: number | null;
    startedAt?: TInstant | null;
    finishedAt?: TInstant | null;
  } | null;
  recipient: { name?: string | null; email?: string | null; timezone?: string | null };
  system: { appUrl: string; environment: string; productName: string };
  /** The administrator's custom variables, key to value. */
  custom: Readonly<Record<string, string>>;
  notificationUrl?: string | null;
  incident?: { id: number; ackUrl: string } | null;
  now: TInstant;
};

/** The plain object templates render with; the names are the documented variables. */
export type TTemplateContext = {
  event: {
    id: string;
    type: string;
    severity: string;
    title: string;
    message: string | null;
    source: string | null;
    occurred_at: string;
    labels: Record<string, string>;
    data: Record<string, unknown>;
  };
  job: {
    name: string | null;
    status: string | null;
    run_id: string | null;
    duration_ms: number | null;
    host: string | null;
    step: string | null;
    error: string | null;
    log_excerpt: string | null;
    url: string | null;
    exit_code: number | null;
    started_at: string | null;
    finished_at: string | null;
  } | null;
  recipient: { name: string | null; email: string | null; timezone: string };
  system: { app_url: string; environment: string; product_name: string };
  custom: Record<string, string>;
  notification: { url: string | null };
  /** Set when the message is a level of an incident; null otherwise. */
  incident: { id: number; ack_url: string } | null;
  now: string;
};

/** ISO 8601 in UTC, so every template sees one format; an unreadable value stays as given. */
function iso(value: TInstant): string;
function iso(value: TInstant | null | undefined): string | null;
function iso(value: TInstant | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return toDateTime(value)?.toUTC().toISO() ?? String(value);
}

/**
 * Absent values become null (they render empty; `{% if job.host %}` is false). The
 * result is fresh plain data: LiquidJS's `increment` writes into the object it renders
 * with, and renderTemplate copies it again for that reason.
 */
export function buildTemplateContext(input: TTemplateContextInput): TTemplateContext {
  const { event, job } = input;
  return {
    event: {
      id: event.id,
      type: event.type,
      severity: event.severity,
      title: event.title,
      message: event.message ?? null,
      source: event.source ?? null,
      occurred_at: iso(event.occurredAt),
      labels: { ...event.labels },
      data: structuredClone({ ...event.data }),
    },
    job: job && {
      name: job.name ?? null,
      status: job.status ?? null,
      run_id: job.runId === null || job.runId === undefined ? null : String(job.runId),
      duration_ms: job.durationMs ?? null,
      host: job.host ?? null,
      step: job.step ?? null,
      error: job.error ?? null,
      log_excerpt: job.logExcerpt ?? null,
      url: job.url ?? null,
      exit_code: job.exitCode ?? null,
      started_at: iso(job.startedAt),
      finished_at: iso(job.finishedAt),
    },
    recipient: { name: input.recipient.name ?? null, email: input.recipient.email ?? null, timezone: safeZone(input.recipient.timezone) },
    system: { app_url: input.system.appUrl, environment: input.system.environment, product_name: input.system.productName },
    custom: { ...input.custom },
    notification: { url: input.notificationUrl ?? null },
    incident: input.incident ? { id: input.incident.id, ack_url: input.incident.ackUrl } : null,
    now: iso(input.now),
  };
}
