import type { TEventSeverity } from "@/server/events/event-severity";
import type { TDigestPeriod, TPreferenceChannel, TSubscription } from "@/server/preferences/subscription";

/** How matches are sent: each at once, or collected into a digest. */
export type TSubscriptionDelivery = "now" | TDigestPeriod;

/**
 * A subscription as the table edits it: `key` keeps React rows and their errors attached through reorders;
 * `digest_at` is "" unless a daily digest is chosen.
 */
export type TSubscriptionRow = { key: string; pattern: string; min_severity: TEventSeverity; channels: TPreferenceChannel[]; delivery: TSubscriptionDelivery; digest_at: string };
export const SUBSCRIPTION_FIELDS = ["pattern", "min_severity", "channels", "digest", "digest_at"] as const;
export type TSubscriptionField = (typeof SUBSCRIPTION_FIELDS)[number];

/** A daily digest starts at a time people are at work; they change it if they like. */
export const DEFAULT_DIGEST_AT = "09:00";

let lastKey = 0;

export function newRowKey(): string {
  lastKey += 1;
  return `subscription-${lastKey}`;
}

export function subscriptionRowsFrom(subscriptions: TSubscription[]): TSubscriptionRow[] {
  return subscriptions.map(({ pattern, min_severity, channels, digest, digest_at }) => ({ pattern, min_severity, channels: [...channels], delivery: digest ?? "now", digest_at: digest_at ?? "", key: newRowKey() }));
}

export function subscriptionsFrom(rows: TSubscriptionRow[]): TSubscription[] {
  return rows.map(({ pattern, min_severity, channels, delivery, digest_at }) => ({
    pattern: pattern.trim(),
    min_severity,
    channels,
    ...(delivery === "now" ? {} : { digest: delivery }),
    ...(delivery === "daily" ? { digest_at } : {}),
  }));
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
