import { DateTime } from "luxon";
import { effectiveTimeZone } from "@/server/preferences/quiet-hours";
import type { TWindowSchedule } from "./maintenance-schedule";
import { scopeLabels, type TWindowScope } from "./maintenance-scope";

// Pure words for a window, shared by the change log (server) and the page (browser).

const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** [1,2,3,4,5] -> "Mon–Fri", [1,3,5] -> "Mon, Wed, Fri", all seven -> "every day". */
export function describeWeekdays(weekdays: readonly number[]): string {
  const days = [...new Set(weekdays)].filter((day) => day >= 1 && day <= 7).sort((a, b) => a - b);
  if (days.length === 7) return "every day";
  const runs: number[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && run.at(-1) === day - 1) run.push(day);
    else runs.push([day]);
  }
  const name = (day: number) => DAY_NAMES[day - 1];
  return runs.map((run) => (run.length >= 3 ? `${name(run[0]!)}–${name(run.at(-1)!)}` : run.map(name).join(", "))).join(", ");
}

/** "2026-12-01 10:00" in `zone`. */
export function formatInZone(instant: Date | string, zone: string): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  return DateTime.fromJSDate(date, { zone: effectiveTimeZone(zone) }).toFormat("yyyy-MM-dd HH:mm");
}

/** "2026-12-01 10:00 – 2026-12-01 12:00 (Europe/Berlin)"; the end's date goes when it is the same day. */
export function formatSpanInZone(start: Date | string, end: Date | string, zone: string): string {
  const from = formatInZone(start, zone);
  const to = formatInZone(end, zone);
  return `${from} – ${to.slice(0, 10) === from.slice(0, 10) ? to.slice(11) : to} (${zone})`;
}

/** "one-off 2026-12-01 10:00 – 12:00 (UTC)" or "Mon–Fri 01:00–03:00 (Europe/Berlin)". */
export function describeSchedule(window: Omit<TWindowSchedule, "endedUntil">): string {
  if (window.startsAt && window.endsAt) return `one-off ${formatSpanInZone(window.startsAt, window.endsAt, window.timezone)}`;
  const crosses = (window.endTime ?? "") < (window.startTime ?? "") ? " (ends the next day)" : "";
  return `${describeWeekdays(window.weekdays)} ${window.startTime}–${window.endTime}${crosses} (${window.timezone})`;
}

/** "source executor, job db-*, labels env=prod and team=dba" or "every event". */
export function describeScope(scope: TWindowScope): string {
  const labels = Object.entries(scopeLabels(scope.labels)).map(([key, value]) => `${key}=${value}`);
  const parts = [scope.source && `source ${scope.source}`, scope.jobGlob && `job ${scope.jobGlob}`, labels.length > 0 && `labels ${labels.join(" and ")}`].filter(Boolean);
  return parts.length ? parts.join(", ") : "every event";
}

export function describeCriticalPolicy(critical: "deliver" | "hold" | "DELIVER" | "HOLD"): string {
  return critical.toLowerCase() === "hold" ? "critical events are held too" : "critical events are delivered as usual";
}
