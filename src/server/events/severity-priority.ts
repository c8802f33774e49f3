import type { Priority } from "@/server/db/client";
import type { TEventSeverity } from "./event-severity";

/** The delivery priority of a routed notification: critical events overtake routine mail. */
export function severityPriority(severity: TEventSeverity): Priority {
  return severity === "critical" ? "CRITICAL" : severity === "warning" ? "HIGH" : "NORMAL";
}

/** How loud a direct notification is, for the recipient's preferences. */
export function prioritySeverity(priority: Priority): TEventSeverity {
  return priority === "CRITICAL" ? "critical" : priority === "HIGH" ? "warning" : "info";
}
