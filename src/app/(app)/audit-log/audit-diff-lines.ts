import type { TAuditLogEntry } from "@/server/audit/audit-log-schema";

/** One field of a diff, ready to print: "changed" has both sides, a creation only `to`, a deletion only `from`. */
export type TAuditDiffLine = { field: string; kind: "changed" | "set" | "removed"; from?: TShownValue; to?: TShownValue };

/** A value as text; `muted` for the ones that are words about a value (none, empty) rather than the value. */
export type TShownValue = { text: string; muted?: boolean };

const MAX_CHARS = 300;
const cut = (text: string) => (text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text);

/**
 * How one value of a diff reads. Secrets arrive already masked ("••••") and
 * print as they are; lists of plain values read as "a, b"; anything nested
 * falls back to compact JSON, cut so one large field cannot swamp the table.
 */
export function showAuditValue(value: unknown): TShownValue {
  if (value === null || value === undefined) return { text: "none", muted: true };
  if (value === "") return { text: "empty", muted: true };
  if (typeof value === "string") return { text: cut(value) };
  if (typeof value === "number" || typeof value === "boolean") return { text: String(value) };
  if (Array.isArray(value)) {
    if (value.length === 0) return { text: "empty list", muted: true };
    if (value.every((item) => ["string", "number", "boolean"].includes(typeof item))) return { text: cut(value.join(", ")) };
  }
  return { text: cut(JSON.stringify(value)) };
}

export function auditDiffLines(diff: TAuditLogEntry["diff"]): TAuditDiffLine[] {
  return Object.entries(diff).map(([field, change]) => {
    const hasFrom = "from" in change;
    const hasTo = "to" in change;
    if (hasFrom && hasTo) return { field, kind: "changed", from: showAuditValue(change.from), to: showAuditValue(change.to) };
    if (hasTo) return { field, kind: "set", to: showAuditValue(change.to) };
    return { field, kind: "removed", from: showAuditValue(change.from) };
  });
}
