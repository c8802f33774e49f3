import { z } from "zod";
import { isValidTimeZone } from "@/server/preferences/quiet-hours";
import { compileRuleGlob } from "@/server/rules/rule-match-schema";
import { ZClock } from "@/server/time/wall-clock";

export const MAINTENANCE_CRITICAL_POLICIES = ["deliver", "hold"] as const;
export type TMaintenanceCriticalPolicy = (typeof MAINTENANCE_CRITICAL_POLICIES)[number];

export const MAINTENANCE_WINDOW_STATUSES = ["active", "upcoming", "past"] as const;
export const MAINTENANCE_LABELS_MAX = 20;

const LABEL_KEY = /^[A-Za-z0-9_./-]{1,100}$/;

/** Blank means "none": the form sends "" for an empty box, and null clears a field on PATCH. */
const optionalText = (max: number) =>
  z
    .string("must be a text")
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => value || null);

const instant = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time with a zone, such as 2026-12-01T09:30:00Z" }).nullish();
const clock = ZClock.nullish();

/**
 * The fields of a window, none required and none defaulted, so PATCH can take
 * any of them (zod applies defaults even to omitted keys of a partial object).
 * Defaults are the domain's: timezone UTC, critical deliver, no labels.
 */
export const ZMaintenanceWindowFields = z.strictObject({
  name: z.string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a text") }).trim().min(1, "is required").max(100, "must be at most 100 characters"),
  description: optionalText(500),
  source: optionalText(200),
  job_glob: optionalText(200).superRefine((glob, context) => {
    const compiled = glob ? compileRuleGlob(glob) : null;
    if (compiled && !compiled.ok) context.addIssue({ code: "custom", message: compiled.message });
  }),
  labels: z
    .record(z.string().regex(LABEL_KEY, "label names use letters, digits, _ . / - (at most 100)"), z.string("label values must be strings").min(1, "label values must not be empty").max(500, "label values must be at most 500 characters"), "must be an object of label names and values")
    .refine((labels) => Object.keys(labels).length <= MAINTENANCE_LABELS_MAX, `may have at most ${MAINTENANCE_LABELS_MAX} labels`)
    .nullish(),
  starts_at: instant,
  ends_at: instant,
  weekdays: z
    .array(z.number("must be ISO weekday numbers").int("must be whole numbers").min(1, "must be 1 (Monday) to 7 (Sunday)").max(7, "must be 1 (Monday) to 7 (Sunday)"), "must be a list of ISO weekdays (1 = Monday … 7 = Sunday)")
    .refine((days) => new Set(days).size === days.length, "must not repeat a day")
    .nullish(),
  start_time: clock,
  end_time: clock,
  timezone: z
    .string("must be a text")
    .trim()
    .refine(isValidTimeZone, "must be an IANA time zone such as Europe/Berlin or UTC")
    .nullish(),
  critical: z.enum(MAINTENANCE_CRITICAL_POLICIES, "must be deliver (critical events are sent as usual) or hold").nullish(),
});

type TFields = z.output<typeof ZMaintenanceWindowFields>;

const ONE_OFF_FIELDS = ["starts_at", "ends_at"] as const;
const RECURRING_FIELDS = ["weekdays", "start_time", "end_time"] as const;
const given = (fields: TFields, name: (typeof ONE_OFF_FIELDS)[number] | (typeof RECURRING_FIELDS)[number]) => {
  const value = fields[name];
  return Array.isArray(value) ? value.length > 0 : value != null;
};

/** One-off (starts_at..ends_at) or recurring (weekdays + start_time..end_time in timezone), never both. */
export function maintenanceWindowKind(fields: TFields): "one_off" | "recurring" | null {
  const oneOff = ONE_OFF_FIELDS.some((name) => given(fields, name));
  const recurring = RECURRING_FIELDS.some((name) => given(fields, name));
  return oneOff === recurring ? null : oneOff ? "one_off" : "recurring";
}

function checkSchedule(fields: TFields, context: z.core.$RefinementCtx<TFields>) {
  const problem = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
  const oneOff = ONE_OFF_FIELDS.some((name) => given(fields, name));
  const recurring = RECURRING_FIELDS.some((name) => given(fields, name));
  if (oneOff && recurring) {
    const extra = RECURRING_FIELDS.find((name) => given(fields, name))!;
    return problem(extra, "belongs to a recurring window, but starts_at/ends_at make it one-off: give one kind, not both (null clears a field)");
  }
  if (!oneOff && !recurring) return problem("starts_at", "is required: give starts_at and ends_at (a one-off window), or weekdays, start_time and end_time (a recurring one)");
  if (oneOff) {
    if (!fields.starts_at) problem("starts_at", "is required for a one-off window");
    if (!fields.ends_at) problem("ends_at", "is required for a one-off window");
    if (fields.starts_at && fields.ends_at && Date.parse(fields.ends_at) <= Date.parse(fields.starts_at)) problem("ends_at", "must be after starts_at");
    return;
  }
  if (!fields.weekdays?.length) problem("weekdays", "needs at least one day (1 = Monday … 7 = Sunday) for a recurring window");
  if (!fields.start_time) problem("start_time", "is required for a recurring window");
  if (!fields.end_time) problem("end_time", "is required for a recurring window");
  if (fields.start_time && fields.start_time === fields.end_time) problem("end_time", "must differ from start_time (an end before the start means the next day)");
}

const SCHEDULE_FIELDS: PropertyKey[] = [...ONE_OFF_FIELDS, ...RECURRING_FIELDS];

/**
 * Body of POST /api/v1/maintenance-windows, tRPC create and the form: the whole
 * window. The schedule is checked as a whole whenever its own fields parsed, so
 * a missing name and a missing end are reported together.
 */
export const ZMaintenanceWindowInput = ZMaintenanceWindowFields.check(
  z.superRefine(checkSchedule, {
    when: ({ value, issues }) => typeof value === "object" && value !== null && !Array.isArray(value) && !issues.some((issue) => SCHEDULE_FIELDS.includes(issue.path?.[0] ?? "")),
  }),
);
export type TMaintenanceWindowInput = z.input<typeof ZMaintenanceWindowInput>;
export type TMaintenanceWindowValues = z.output<typeof ZMaintenanceWindowInput>;

/** Body of PATCH: any fields; merged into the saved window, the result must pass ZMaintenanceWindowInput. */
export const ZMaintenanceWindowPatch = ZMaintenanceWindowFields.partial();
export type TMaintenanceWindowPatch = z.input<typeof ZMaintenanceWindowPatch>;

export const ZMaintenanceWindowId = z.coerce.number("must be a maintenance window id").int("must be a maintenance window id").positive("must be a maintenance window id");

export const ZListMaintenanceWindowsQuery = z.object({
  status: z.enum([...MAINTENANCE_WINDOW_STATUSES, "all"], "must be active, upcoming, past or all").default("all"),
});

// ---------------------------------------------------------------- output

const ZOccurrence = z.object({ starts_at: z.string(), ends_at: z.string() });

/** A window as REST, tRPC and the page see it: never the Prisma row. Times are ISO instants; the zone says how to show them. */
export const ZMaintenanceWindowView = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  kind: z.enum(["one_off", "recurring"]),
  source: z.string().nullable(),
  job_glob: z.string().nullable(),
  labels: z.record(z.string(), z.string()),
  starts_at: z.string().nullable(),
  ends_at: z.string().nullable(),
  weekdays: z.array(z.number().int()),
  start_time: z.string().nullable(),
  end_time: z.string().nullable(),
  timezone: z.string(),
  critical: z.enum(MAINTENANCE_CRITICAL_POLICIES),
  /** Ended early: inactive until then (the end of the occurrence that was ended). */
  ended_until: z.string().nullable(),
  status: z.enum(MAINTENANCE_WINDOW_STATUSES),
  active_now: z.boolean(),
  current_occurrence: ZOccurrence.nullable(),
  next_occurrence: ZOccurrence.nullable(),
  created_by: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type TMaintenanceWindowView = z.output<typeof ZMaintenanceWindowView>;

export const ZMaintenanceWindowChangeView = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(["created", "changed", "ended", "deleted"]),
  detail: z.string(),
});

export const ZMaintenanceWindowDetail = ZMaintenanceWindowView.extend({ changes: z.array(ZMaintenanceWindowChangeView) });
export type TMaintenanceWindowDetail = z.output<typeof ZMaintenanceWindowDetail>;
