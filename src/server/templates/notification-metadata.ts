import { z } from "zod";
import type { TJobDetails } from "@/emails/components/email-props";
import type { TSeverity } from "@/emails/components/theme";

/*
 * Metadata is whatever the executor put in the API call. Each field falls back to
 * undefined on its own (`.catch`), so one malformed value hides that value only and
 * a mail still goes out with everything else.
 */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const text = (max: number) =>
  lenient(
    z
      .union([z.string(), z.number()])
      .transform((v) => String(v).trim().slice(0, max))
      .refine((v) => v.length > 0),
  );

const date = lenient(z.union([z.string(), z.number()]).pipe(z.coerce.date()));

const MAX_LOG_LINES = 40;
const logTail = lenient(
  z
    .union([z.string().transform((s) => s.replace(/\r\n?/g, "\n").split("\n")), z.array(z.unknown())])
    .transform((lines: unknown[]) => {
      const kept = lines.filter((line): line is string => typeof line === "string").map((l) => l.slice(0, 500));
      // A trailing newline in a captured log would otherwise end the block with an empty line.
      while (kept.length > 0 && !kept.at(-1)?.trim()) kept.pop();
      return kept.slice(-MAX_LOG_LINES);
    }),
);

const SEVERITY_ALIASES: Record<string, TSeverity> = {
  info: "info",
  notice: "info",
  warn: "warning",
  warning: "warning",
  error: "error",
  err: "error",
  critical: "critical",
  crit: "critical",
  fatal: "critical",
};
const severity = lenient(z.string().transform((s) => SEVERITY_ALIASES[s.trim().toLowerCase()]));

const MAX_DETAILS = 30;
const details = lenient(
  z.record(z.string(), z.unknown()).transform((record) =>
    Object.fromEntries(
      Object.entries(record)
        .filter(([, v]) => ["string", "number", "boolean"].includes(typeof v))
        .slice(0, MAX_DETAILS)
        .map(([k, v]) => [k.slice(0, 100), String(v).slice(0, 1000)]),
    ),
  ),
);

const ZRawMetadata = z
  .object({
    job_name: text(200),
    job_id: text(200),
    status: text(100),
    started_at: date,
    finished_at: date,
    duration_ms: lenient(
      z
        .union([z.number(), z.string().regex(/^\s*\d+(\.\d+)?\s*$/).transform(Number)])
        .pipe(z.number().finite().nonnegative()),
    ),
    host: text(255),
    error: text(4000),
    failing_step: text(200),
    log_tail: logTail,
    severity,
    event: text(200),
    source: text(200),
    details,
  })
  .catch({});

export const ZNotificationMetadata = ZRawMetadata.transform((m) => ({
  job: {
    jobName: m.job_name,
    jobId: m.job_id,
    status: m.status,
    startedAt: m.started_at,
    finishedAt: m.finished_at,
    durationMs: m.duration_ms,
    host: m.host,
    error: m.error,
    failingStep: m.failing_step,
    logTail: m.log_tail,
  } satisfies TJobDetails,
  severity: m.severity,
  event: m.event,
  source: m.source,
  details: m.details,
}));

export type TNotificationMetadata = z.infer<typeof ZNotificationMetadata>;

export function parseNotificationMetadata(metadata: unknown): TNotificationMetadata {
  return ZNotificationMetadata.parse(metadata);
}
