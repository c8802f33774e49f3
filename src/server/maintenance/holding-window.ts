import type { Event } from "@/server/db/client";
import type { TEventSeverity } from "@/server/events/event-severity";
import { eventFromRow } from "@/server/events/event-from-row";
import type { TActiveMaintenanceWindow } from "./active-maintenance-windows";

/** The first window in force whose scope covers the event and that holds events of its severity (critical ones only with critical: hold). */
export function holdingWindow(windows: TActiveMaintenanceWindow[], event: Event, severity: TEventSeverity): TActiveMaintenanceWindow | null {
  if (windows.length === 0) return null;
  const routable = eventFromRow(event);
  return windows.find((window) => (severity !== "critical" || window.critical === "HOLD") && window.matches(routable)) ?? null;
}
