import { ZListEventsQuery } from "@/server/events/event-schema";
import type { TEventFilters } from "./event-list-params";

const FIELDS = { type: ZListEventsQuery.shape.type, source: ZListEventsQuery.shape.source, label: ZListEventsQuery.shape.label } as const;

/** The server's own rules for the text filters, so a typo is explained beside its field instead of failing the list. */
export function eventFilterErrors(filters: TEventFilters): Partial<TEventFilters> {
  const errors: Partial<TEventFilters> = {};
  for (const [key, schema] of Object.entries(FIELDS) as [keyof typeof FIELDS, (typeof FIELDS)[keyof typeof FIELDS]][]) {
    if (!filters[key]) continue;
    const result = schema.safeParse(filters[key]);
    if (!result.success) errors[key] = result.error.issues[0]?.message ?? "is not valid";
  }
  return errors;
}
