import { z } from "zod";

/** Who can appear as an actor: a signed-in user, an API key, or the service itself (worker, CLI, schedules). */
export const AUDIT_ACTOR_TYPES = ["user", "api_key", "service"] as const;
export type TAuditActorType = (typeof AUDIT_ACTOR_TYPES)[number];

export const AUDIT_LOG_PAGE_MAX = 200;

const timestamp = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time such as 2026-12-01T09:30:00Z" });

/**
 * Query of GET /api/v1/audit-log, tRPC `auditLog.list` and the page's URL
 * (the page keeps these very names in its address bar). Browser-safe: no
 * Node imports, so the filter form checks a field with the server's rules.
 */
export const ZAuditLogQuery = z
  .object({
    /** `user`, `api_key` or `service`, or one actor: `user:12`, `api_key:3`. */
    actor: z
      .string()
      .trim()
      .regex(/^(service|(user|api_key)(:[1-9][0-9]{0,9})?)$/, "must be user, api_key or service, or one actor such as user:12 or api_key:3")
      .optional()
      .meta({ description: "user, api_key or service; or one actor: user:<id>, api_key:<id>" }),
    actor_label: z.string().trim().min(1).max(320).optional().meta({ description: "Part of the actor's label (a user's email, a key's name), any case" }),
    action: z
      .string()
      .trim()
      .max(101)
      .regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*(\.|\.\*)?$/, "must be an action such as rule.updated, or a prefix such as rule. (or rule.*)")
      .optional()
      .meta({ description: "An exact action, or a prefix ending in `.` or `.*`" }),
    target_type: z
      .string()
      .trim()
      .regex(/^[a-z0-9_]{1,50}$/, "must be a target type such as rule or smtp_settings")
      .optional(),
    target_id: z.string().trim().min(1).max(100).optional().meta({ description: "Only with target_type" }),
    from: timestamp.optional().meta({ description: "Entries at or after this time" }),
    to: timestamp.optional().meta({ description: "Entries before this time" }),
    cursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,200}$/, "must be the next_cursor of a previous page")
      .optional()
      .meta({ description: "next_cursor of the previous page" }),
    limit: z.coerce.number("must be a number").int("must be a whole number").min(1, "must be at least 1").max(AUDIT_LOG_PAGE_MAX, `must be at most ${AUDIT_LOG_PAGE_MAX}`).default(50),
  })
  .superRefine((query, context) => {
    if (query.target_id && !query.target_type) context.addIssue({ code: "custom", path: ["target_id"], message: "needs target_type too" });
    if (query.from && query.to && Date.parse(query.from) >= Date.parse(query.to)) context.addIssue({ code: "custom", path: ["to"], message: "must be after from" });
  });
export type TAuditLogQueryInput = z.input<typeof ZAuditLogQuery>;
export type TAuditLogQuery = z.output<typeof ZAuditLogQuery>;

/** One field's change: a creation has only `to`, a deletion only `from`; secrets read "••••". */
export const ZAuditChange = z.object({ from: z.unknown().optional(), to: z.unknown().optional() });

/** One entry of the audit log as the API shows it. */
export const ZAuditLogEntry = z.object({
  id: z.number().int(),
  at: z.string().meta({ description: "ISO 8601, UTC" }),
  actor: z.object({
    type: z.enum(AUDIT_ACTOR_TYPES),
    id: z.number().int().nullable().meta({ description: "The user's or key's id; null for the service" }),
    label: z.string().meta({ description: "The user's email or the key's name when the change was made" }),
  }),
  action: z.string().meta({ description: "<target type>.<verb>, e.g. rule.updated" }),
  target: z.object({ type: z.string(), id: z.string().nullable(), label: z.string().nullable() }),
  diff: z.record(z.string(), ZAuditChange).meta({ description: "Field → {from, to}; secrets masked as ••••" }),
  client_address: z.string().nullable(),
});
export type TAuditLogEntry = z.output<typeof ZAuditLogEntry>;

export const ZAuditLogPage = z.object({
  data: z.array(ZAuditLogEntry),
  next_cursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next (older) page; null on the last" }),
});
export type TAuditLogPage = z.output<typeof ZAuditLogPage>;

/** What the filter selects offer: the actions and target types present in the log. */
export const ZAuditFilterOptions = z.object({ actions: z.array(z.string()), target_types: z.array(z.string()) });
export type TAuditFilterOptions = z.output<typeof ZAuditFilterOptions>;
