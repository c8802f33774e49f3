import type { TEventSeverity } from "@/server/events/event-severity";
import type { TPreferenceChannel, TSubscription } from "@/server/preferences/subscription";

/** A subscription as the table edits it: `key` keeps React rows and their errors attached through reorders. */
export type TSubscriptionRow = { key: string; pattern: string; min_severity: TEventSeverity; channels: TPreferenceChannel[] };
export type TSubscriptionField = "pattern" | "min_severity" | "channels";

let lastKey = 0;

export function newRowKey(): string {
  lastKey += 1;
  return `subscription-${lastKey}`;
}

export function subscriptionRowsFrom(subscriptions: TSubscription[]): TSubscriptionRow[] {
  return subscriptions.map((subscription) => ({ ...subscription, channels: [...subscription.channels], key: newRowKey() }));
}

export function subscriptionsFrom(rows: TSubscriptionRow[]): TSubscription[] {
  return rows.map(({ pattern, min_severity, channels }) => ({ pattern: pattern.trim(), min_severity, channels }));
}

/** The rows with `index` swapped with its neighbour; unchanged at either end. */
export function moveRow(rows: TSubscriptionRow[], index: number, direction: -1 | 1): TSubscriptionRow[] {
  const target = index + direction;
  const moving = rows[index];
  const other = rows[target];
  if (!moving || !other) return rows;
  const next = [...rows];
  next[index] = other;
  next[target] = moving;
  return next;
}

/** Why a row can never decide anything, or null: the first match wins, so an earlier catch-all or twin hides it. */
export function shadowingOf(rows: TSubscriptionRow[], index: number): string | null {
  const pattern = rows[index]?.pattern.trim();
  if (!pattern) return null;
  for (let earlier = 0; earlier < index; earlier++) {
    const other = rows[earlier]?.pattern.trim() ?? "";
    if (/^\*+$/.test(other)) return `Never decides: row ${earlier + 1} matches every event first.`;
    if (other === pattern) return `Never decides: row ${earlier + 1} has the same pattern.`;
  }
  return null;
}

export const errorKeyOf = (row: Pick<TSubscriptionRow, "key">, field: TSubscriptionField) => `subscriptions.${row.key}.${field}`;
