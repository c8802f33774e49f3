import type { TListEventsQuery } from "@/server/events/event-schema";
import { isEventSeverity } from "./event-severity-meta";

export const EVENT_FILTER_KEYS = ["type", "severity", "source", "label"] as const;
export type TEventFilters = Record<(typeof EVENT_FILTER_KEYS)[number], string>;

/**
 * The list's state lives in the URL: the filters, the cursor of the page shown
 * and, in `newer`, the cursors of the pages before it (so "Newer" can step
 * back, and a reload or a shared link lands on the same page).
 */
export function readEventListParams(params: URLSearchParams) {
  const filters = Object.fromEntries(EVENT_FILTER_KEYS.map((key) => [key, params.get(key)?.trim() ?? ""])) as TEventFilters;
  // A severity the select cannot show is dropped rather than silently half-applied.
  if (!isEventSeverity(filters.severity)) filters.severity = "";
  const cursor = params.get("cursor") || undefined;
  const newer = cursor ? (params.get("newer") ?? "").split(",").filter(Boolean) : [];
  return { filters, cursor, newer };
}

export function toListEventsQuery(filters: TEventFilters, cursor: string | undefined, limit: number): TListEventsQuery {
  return {
    limit,
    cursor,
    type: filters.type || undefined,
    severity: isEventSeverity(filters.severity) ? filters.severity : undefined,
    source: filters.source || undefined,
    label: filters.label || undefined,
  };
}

/** The current URL with some parameters changed; "" or undefined removes one. */
export function hrefWith(pathname: string, params: URLSearchParams, changes: Record<string, string | undefined>): string {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === "") next.delete(key);
    else next.set(key, value);
  }
  const query = next.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** Parameter changes for the next (older) and previous (newer) page. */
export function olderPage(cursor: string | undefined, newer: string[], nextCursor: string) {
  return { cursor: nextCursor, newer: (cursor ? [...newer, cursor] : newer).join(",") };
}

export function newerPage(newer: string[]) {
  return { cursor: newer.at(-1), newer: newer.slice(0, -1).join(",") };
}
