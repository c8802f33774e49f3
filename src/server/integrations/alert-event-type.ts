import { EVENT_SEVERITIES, type TEventSeverity } from "@/server/events/event-severity";

const PREFIX = "alert.";
const MAX_TYPE = 100;

/**
 * `alert.<alertname>` as an event type (a-z, 0-9, _ - and dots): CamelCase
 * becomes snake_case and anything else a single `_`, so rules read as
 * operators name things — KubePodCrashLooping is alert.kube_pod_crash_looping,
 * "High memory usage" alert.high_memory_usage. The exact name stays in
 * labels.alertname.
 */
export function alertEventType(alertname: string | undefined): string {
  const name = (alertname ?? "")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/\.{2,}/g, ".")
    .replace(/^[._-]+/, "")
    .slice(0, MAX_TYPE - PREFIX.length)
    .replace(/[._-]+$/, "");
  return `${PREFIX}${name || "unnamed"}`;
}

/** The alert's `severity` label: critical or page is critical, warning is warning, anything else (or none) info. */
export function alertSeverity(labels: Record<string, string>): TEventSeverity {
  const given = labels.severity?.trim().toLowerCase();
  if (given === "critical" || given === "page") return "critical";
  if (given === "warning") return "warning";
  return EVENT_SEVERITIES[0];
}
