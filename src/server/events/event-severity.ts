import { z } from "zod";

/** How loud an event is. Rules compare severities by rank: `gte warning` means warning or critical. */
export const EVENT_SEVERITIES = ["info", "warning", "critical"] as const;
export type TEventSeverity = (typeof EVENT_SEVERITIES)[number];

export const ZEventSeverity = z.enum(EVENT_SEVERITIES, `must be one of ${EVENT_SEVERITIES.join(", ")}`);

export function severityRank(severity: TEventSeverity): number {
  return EVENT_SEVERITIES.indexOf(severity);
}

/** Events of these types are warnings unless the reporter says otherwise; everything else is info. */
const WARNING_BY_DEFAULT = new Set(["job.failed", "job.timeout"]);

export function defaultSeverity(type: string): TEventSeverity {
  return WARNING_BY_DEFAULT.has(type) ? "warning" : "info";
}
