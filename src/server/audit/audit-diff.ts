import { isDeepStrictEqual } from "node:util";

export const MASK = "••••";

export type TAuditChange = { from?: unknown; to?: unknown };
export type TAuditDiff = Record<string, TAuditChange>;

/**
 * What changed between two plain snapshots, field by field ({field: {from, to}};
 * a created thing has only `to`, a deleted one only `from`). Secret fields
 * never appear as values: a changed secret reads "••••" → "••••", a set one
 * "••••", a removed one null, so the log shows that it changed and nothing more.
 */
export function auditDiff(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined, secrets: readonly string[] = []): TAuditDiff {
  const diff: TAuditDiff = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const from = before?.[key];
    const to = after?.[key];
    if (before && after && isDeepStrictEqual(from, to)) continue;
    const shown = (value: unknown) => (secrets.includes(key) ? (value === null || value === undefined || value === "" ? null : MASK) : (value ?? null));
    diff[key] = { ...(before ? { from: shown(from) } : {}), ...(after ? { to: shown(to) } : {}) };
  }
  return diff;
}
