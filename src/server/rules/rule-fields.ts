import type { TRoutableEvent } from "@/server/events/routable-event";

/** How a field compares: severities by rank, numbers numerically, text as text; `data.*` holds any JSON. */
export type TRuleFieldKind = "severity" | "string" | "number" | "data";

export type TRuleField = { name: string; kind: Exclude<TRuleFieldKind, "data">; label: string; description: string };

export const RULE_FIELDS = [
  { name: "severity", kind: "severity", label: "Severity", description: "info, warning or critical; gt/gte/lt/lte compare by rank" },
  { name: "type", kind: "string", label: "Event type", description: "What happened, e.g. job.failed" },
  { name: "source", kind: "string", label: "Source", description: "The system that reported the event" },
  { name: "title", kind: "string", label: "Title", description: "The one-line summary" },
  { name: "message", kind: "string", label: "Message", description: "The longer text, if any" },
  { name: "job.name", kind: "string", label: "Job name", description: "The job the event is about" },
  { name: "job.status", kind: "string", label: "Job status", description: "As the executor reports it, e.g. failed" },
  { name: "job.host", kind: "string", label: "Job host", description: "Where the job ran" },
  { name: "job.step", kind: "string", label: "Job step", description: "The step that reported" },
  { name: "job.run_id", kind: "string", label: "Job run id", description: "The executor's id of the run" },
  { name: "job.duration_ms", kind: "number", label: "Job duration (ms)", description: "How long the run took, in milliseconds" },
  { name: "job.exit_code", kind: "number", label: "Job exit code", description: "The process exit code" },
] as const satisfies readonly TRuleField[];

/** Fields named by a prefix and a key the operator types; the UI builder offers them after the fixed ones. */
export const RULE_FIELD_PREFIXES = [
  { prefix: "labels.", kind: "string", label: "Label", description: "labels.<key>: a label of the event; the key is 1-100 letters, digits, _ . or -" },
  {
    prefix: "data.",
    kind: "data",
    label: "Data",
    description: "data.<path>: a value inside the event's data, e.g. data.deploy.region or data.items.0.id (a number indexes a list)",
  },
] as const satisfies readonly { prefix: string; kind: TRuleFieldKind; label: string; description: string }[];

export const RULE_OPS = ["equals", "not_equals", "in", "contains", "glob", "regex", "gt", "gte", "lt", "lte", "exists"] as const;
export type TRuleOp = (typeof RULE_OPS)[number];

// Severity has three known values, so text matching on it would only hide typos; rank comparison says it better.
export const OPS_BY_KIND = {
  severity: ["equals", "not_equals", "in", "gt", "gte", "lt", "lte"],
  string: ["equals", "not_equals", "in", "contains", "glob", "regex", "exists"],
  number: ["equals", "not_equals", "in", "gt", "gte", "lt", "lte", "exists"],
  data: RULE_OPS,
} as const satisfies Record<TRuleFieldKind, readonly TRuleOp[]>;

export function opSuitsKind(op: TRuleOp, kind: TRuleFieldKind): boolean {
  return (OPS_BY_KIND[kind] as readonly TRuleOp[]).includes(op);
}

export type TFieldPath = { kind: TRuleFieldKind; path: readonly string[] };

const FIXED = new Map<string, TFieldPath>(RULE_FIELDS.map((field) => [field.name, { kind: field.kind, path: field.name.split(".") }]));
const LABEL_KEY = /^[A-Za-z0-9_.-]{1,100}$/;
const DATA_SEGMENT = /^[A-Za-z0-9_-]{1,100}$/;
export const MAX_DATA_SEGMENTS = 10;

/** `"job.name"` -> `{kind: "string", path: ["job", "name"]}`; null for anything that is not a rule field. */
export function parseFieldPath(field: string): TFieldPath | null {
  const fixed = FIXED.get(field);
  if (fixed) return fixed;
  if (field.startsWith("labels.")) {
    // Label keys may contain dots (app.kubernetes.io/…-style), so the whole rest is one key.
    const key = field.slice("labels.".length);
    return LABEL_KEY.test(key) ? { kind: "string", path: ["labels", key] } : null;
  }
  if (field.startsWith("data.")) {
    const segments = field.slice("data.".length).split(".");
    if (segments.length > MAX_DATA_SEGMENTS || !segments.every((segment) => DATA_SEGMENT.test(segment))) return null;
    return { kind: "data", path: ["data", ...segments] };
  }
  return null;
}

const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/**
 * Walks `path` from the event. Only own properties count, so `data.__proto__` or
 * `labels.constructor` read nothing instead of Object.prototype.
 */
export function valueAt(event: TRoutableEvent, path: readonly string[]): unknown {
  let current: unknown = event;
  for (const segment of path) {
    if (Array.isArray(current)) {
      current = ARRAY_INDEX.test(segment) ? current[Number(segment)] : undefined;
    } else if (typeof current === "object" && current !== null && Object.hasOwn(current, segment)) {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return current;
}

/** The value a condition on `field` sees; undefined when the field is unknown or absent. */
export function fieldValue(event: TRoutableEvent, field: string): unknown {
  const parsed = parseFieldPath(field);
  return parsed ? valueAt(event, parsed.path) : undefined;
}
