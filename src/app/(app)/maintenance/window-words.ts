import type { TMaintenanceWindowView } from "@/server/maintenance/maintenance-window-schema";
import { describeCriticalPolicy, describeSchedule, describeScope, formatInZone, formatSpanInZone } from "@/server/maintenance/maintenance-window-words";

// A window's view in the page's words; times in the window's own zone, which is named.

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const date = (value: string | null) => (value ? new Date(value) : null);

export function scheduleText(window: TMaintenanceWindowView): string {
  const { weekdays, start_time: startTime, end_time: endTime, timezone } = window;
  return capitalise(describeSchedule({ startsAt: date(window.starts_at), endsAt: date(window.ends_at), weekdays, startTime, endTime, timezone }));
}

export function scopeText(window: TMaintenanceWindowView): string {
  return capitalise(describeScope({ source: window.source, jobGlob: window.job_glob, labels: window.labels }));
}

export function criticalText(window: TMaintenanceWindowView): string {
  return capitalise(describeCriticalPolicy(window.critical));
}

/** "Until 12:00 (UTC)" while active; "Next 2026-12-03 01:00 – 03:00 (Europe/Berlin)"; or why there is none. */
export function occurrenceText(window: TMaintenanceWindowView): string {
  const { current_occurrence: current, next_occurrence: next, timezone } = window;
  if (current) return `Until ${formatInZone(current.ends_at, timezone)} (${timezone})`;
  if (next) return `Next ${formatSpanInZone(next.starts_at, next.ends_at, timezone)}`;
  return window.ended_until ? "Ended early" : "Over";
}

export const CHANGE_ACTION_LABELS = { created: "Created", changed: "Changed", ended: "Ended early", deleted: "Deleted" } as const;
