import { z } from "zod";
import { ZAudience } from "./audience-target";
import { ZEventSeverity } from "./event-severity";

/** Limits of one event; the whole request has its own (EVENTS_MAX_REQUEST_BYTES). */
export const EVENT_LIMITS = { logExcerptBytes: 64 * 1024, dataBytes: 16 * 1024, labels: 50, batch: 1_000 } as const;

export const ZEventType = z
  .string()
  .trim()
  .min(1, "is required")
  .max(100, "must be at most 100 characters")
  .regex(/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/, "must be a dotted lowercase name such as job.failed or alert.disk_full (a-z, 0-9, _ - and dots)");

const text = (max: number) => z.string().trim().max(max, `must be at most ${max.toLocaleString("en")} characters`);
const timestamp = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time such as 2026-12-01T09:30:00Z" });
// TextEncoder rather than Buffer: the same schema validates in the browser's forms.
const utf8 = new TextEncoder();
const bytesAtMost = (max: number) => (value: string) => value.length <= max / 3 || utf8.encode(value).length <= max;

export const ZEventJob = z.strictObject({
  name: text(200).min(1).optional(),
  run_id: z
    .union([z.number().int().nonnegative(), text(100).min(1)], "must be a number or a string")
    .transform(String)
    .optional(),
  status: text(100).min(1).optional(),
  started_at: timestamp.optional(),
  finished_at: timestamp.optional(),
  duration_ms: z.number("must be a number").int("must be whole milliseconds").nonnegative().optional(),
  exit_code: z.number("must be a number").int("must be an integer").optional(),
  host: text(255).min(1).optional(),
  step: text(200).min(1).optional(),
  error: text(10_000).optional(),
  log_excerpt: z
    .string()
    .refine(bytesAtMost(EVENT_LIMITS.logExcerptBytes), `must be at most ${EVENT_LIMITS.logExcerptBytes / 1024} KB`)
    .optional(),
  url: z
    .url({ protocol: /^https?$/, message: "must be an http(s) URL" })
    .max(2048)
    .optional(),
});

const ZLabels = z
  .record(
    z.string().regex(/^[A-Za-z0-9_.\/-]{1,100}$/, "label names use letters, digits, _ . / - (at most 100)"),
    z.string("label values must be strings").max(500, "label values must be at most 500 characters"),
  )
  .refine((labels) => Object.keys(labels).length <= EVENT_LIMITS.labels, `may have at most ${EVENT_LIMITS.labels} labels`);

const ZData = z
  .record(z.string(), z.unknown(), "must be a JSON object")
  .refine((data) => bytesAtMost(EVENT_LIMITS.dataBytes)(JSON.stringify(data)), `must be at most ${EVENT_LIMITS.dataBytes / 1024} KB as JSON`);

/** One event of POST /api/v1/events (snake_case like the rest of the REST API). */
export const ZEventInput = z.strictObject({
  type: ZEventType,
  severity: ZEventSeverity.optional(),
  source: text(200).min(1).optional(),
  title: text(200).min(1).optional(),
  message: text(10_000).optional(),
  job: ZEventJob.optional(),
  labels: ZLabels.optional(),
  data: ZData.optional(),
  group_key: text(200).min(1).optional(),
  recipients: ZAudience.optional(),
  occurred_at: timestamp.optional(),
  idempotency_key: text(255).min(1).optional(),
});
export type TEventInput = z.input<typeof ZEventInput>;
export type TParsedEvent = z.output<typeof ZEventInput>;

/** Query of GET /api/v1/events and of the events.list procedure. */
export const ZListEventsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** The last id of the previous page. */
  cursor: z.uuid("must be an event id from next_cursor").optional(),
  /** An exact type, or a prefix ending in `*` (job.*). */
  type: z
    .string()
    .trim()
    .max(101)
    .regex(/^[a-z0-9_.-]*\*?$/, "must be an event type, or a prefix ending in * such as job.*")
    .optional(),
  severity: ZEventSeverity.optional(),
  source: z.string().trim().min(1).max(200).optional(),
  /** `key:value` */
  label: z
    .string()
    .regex(/^[A-Za-z0-9_.\/-]{1,100}:.{0,500}$/, "must be name:value, e.g. env:prod")
    .optional(),
  since: timestamp.optional(),
  until: timestamp.optional(),
});
export type TListEventsQuery = z.input<typeof ZListEventsQuery>;

export const ZEventId = z.uuid("must be an event id");
