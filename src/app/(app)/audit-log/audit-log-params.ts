import { ZAuditLogQuery, type TAuditLogQueryInput } from "@/server/audit/audit-log-schema";

/** The page keeps its filters in the URL under the API's own names, so a link to the page reads like the REST query. */
export const AUDIT_FILTER_KEYS = ["actor", "actor_label", "action", "target_type", "target_id", "from", "to"] as const;
export type TAuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];
export type TAuditFilters = Record<TAuditFilterKey, string>;

/** A filter the server would refuse (a hand-edited URL) is dropped rather than failing the whole page. */
export function readAuditFilters(params: URLSearchParams): TAuditFilters {
  const filters = Object.fromEntries(AUDIT_FILTER_KEYS.map((key) => [key, params.get(key)?.trim() ?? ""])) as TAuditFilters;
  for (const key of AUDIT_FILTER_KEYS) if (filters[key] && !ZAuditLogQuery.shape[key].safeParse(filters[key]).success) filters[key] = "";
  if (!filters.target_type) filters.target_id = "";
  return filters;
}

/** The server's rules for each field, and between them, so a mistake is explained beside its field. */
export function auditFilterErrors(filters: TAuditFilters): Partial<TAuditFilters> {
  const result = ZAuditLogQuery.safeParse(toAuditLogQuery(filters));
  if (result.success) return {};
  const errors: Partial<TAuditFilters> = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    if (typeof key === "string" && (AUDIT_FILTER_KEYS as readonly string[]).includes(key)) errors[key as TAuditFilterKey] ??= issue.message;
  }
  return errors;
}

export function toAuditLogQuery(filters: TAuditFilters): TAuditLogQueryInput {
  return Object.fromEntries(AUDIT_FILTER_KEYS.filter((key) => filters[key]).map((key) => [key, filters[key]]));
}

const pad = (value: number) => String(value).padStart(2, "0");

/** An ISO instant as a datetime-local field's value, in the viewer's time zone (to the minute). */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (the viewer's wall clock) as an ISO instant; "" for none. */
export function fromLocalInput(value: string): string {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : "";
}
