import type { TSubscriptionRow } from "./subscription-rows";

/** Messages by the key the form shows them under: a field name, or `subscriptions.<row key>.<field>`. */
export type TPreferencesErrors = Record<string, string>;
export type TServerError = { data?: { fieldErrors?: Record<string, string[]> | null } | null };

/**
 * Server and schema paths to form keys. A tRPC input error names the field under the procedure's
 * `input` wrapper ("input.quiet_hours_end"), a domain error names it bare; rows are named by index.
 */
export function preferencesErrorsFrom(fieldErrors: Record<string, string[]> | null | undefined, rows: TSubscriptionRow[]): TPreferencesErrors {
  const found: TPreferencesErrors = {};
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const field = path.replace(/^input\./, "");
    const row = /^subscriptions\.(\d+)(?:\.(\w+))?/.exec(field);
    const key = row ? `subscriptions.${rows[Number(row[1])]?.key ?? row[1]}.${row[2] ?? "pattern"}` : field;
    found[key] = [found[key], ...messages].filter(Boolean).join(", ");
  }
  return found;
}

/** The errors without the given keys; a key ending in "." clears every key it begins (all fields of a row). */
export function withoutErrors(errors: TPreferencesErrors, keys: string[]): TPreferencesErrors {
  const next = { ...errors };
  for (const key of Object.keys(next)) if (keys.some((cleared) => key === cleared || (cleared.endsWith(".") && key.startsWith(cleared)))) delete next[key];
  return next;
}
