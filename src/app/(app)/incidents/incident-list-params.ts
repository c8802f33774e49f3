import type { z } from "zod";
import type { ZListIncidentsQuery } from "@/server/incidents/incident-queries";

type TListIncidentsQuery = z.input<typeof ZListIncidentsQuery>;
export type TIncidentFilter = NonNullable<TListIncidentsQuery["status"]>;

/** The filters offered, in the order shown; "Open" (triggered or acknowledged) is what on-call looks at first. */
export const INCIDENT_FILTERS: { id: TIncidentFilter; label: string }[] = [
  { id: "open", label: "Open" },
  { id: "triggered", label: "Triggered" },
  { id: "acknowledged", label: "Acknowledged" },
  { id: "resolved", label: "Resolved" },
  { id: "all", label: "All" },
];

export const DEFAULT_INCIDENT_FILTER: TIncidentFilter = "open";

const isFilter = (value: string | null): value is TIncidentFilter => INCIDENT_FILTERS.some((filter) => filter.id === value);
const isCursor = (value: string) => /^[1-9][0-9]*$/.test(value);

/**
 * The list's state lives in the URL, as on the Events page: the status shown,
 * the cursor of the page shown and, in `newer`, the cursors of the pages
 * before it — so a reload or a shared link lands on the same page. Anything
 * the list cannot show is dropped rather than half-applied.
 */
export function readIncidentListParams(params: URLSearchParams): { status: TIncidentFilter; cursor: number | undefined; newer: number[] } {
  const status = params.get("status");
  const cursor = params.get("cursor") ?? "";
  const valid = isCursor(cursor);
  return {
    status: isFilter(status) ? status : DEFAULT_INCIDENT_FILTER,
    cursor: valid ? Number(cursor) : undefined,
    newer: valid ? (params.get("newer") ?? "").split(",").filter(isCursor).map(Number) : [],
  };
}

export function toListIncidentsQuery(status: TIncidentFilter, cursor: number | undefined, limit: number): TListIncidentsQuery {
  return { status, limit, cursor };
}

/** The URL of the first page of a status (the default status leaves the parameter out). */
export function statusHref(pathname: string, status: TIncidentFilter): string {
  return status === DEFAULT_INCIDENT_FILTER ? pathname : `${pathname}?status=${status}`;
}

/** The URL of the next (older) page, remembering this one for "Newer". */
export function olderHref(pathname: string, status: TIncidentFilter, cursor: number | undefined, newer: number[], nextCursor: number): string {
  return pageHref(pathname, status, nextCursor, cursor ? [...newer, cursor] : newer);
}

/** The URL of the previous (newer) page: the last remembered cursor, or the first page. */
export function newerHref(pathname: string, status: TIncidentFilter, newer: number[]): string {
  return pageHref(pathname, status, newer.at(-1), newer.slice(0, -1));
}

function pageHref(pathname: string, status: TIncidentFilter, cursor: number | undefined, newer: number[]): string {
  const params = new URLSearchParams();
  if (status !== DEFAULT_INCIDENT_FILTER) params.set("status", status);
  if (cursor) params.set("cursor", String(cursor));
  if (cursor && newer.length) params.set("newer", newer.join(","));
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}
