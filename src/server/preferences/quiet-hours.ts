import { DateTime, IANAZone } from "luxon";
import type { TEventSeverity } from "@/server/events/event-severity";
import { atClock, formatClock, minutesOf, parseClock, type TClock } from "@/server/time/wall-clock";

/** A user's settings that hold notifications back. Pure data, so the worker, the web app and the browser agree. */
export type THoldSettings = {
  /** "HH:MM" local time; a window may cross midnight (22:00 -> 07:00). Both null = no quiet hours. */
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
  /** ISO weekdays (1 = Mon .. 7 = Sun) on which a window starts; the Friday window ends on Saturday. */
  quietHoursDays: number[];
  /** IANA zone; an invalid one reads as UTC here, because validation happens where it is entered. */
  timezone: string;
  dndUntil: Date | null;
  criticalBypassesQuietHours: boolean;
};

export type THold = { until: Date; kind: "quiet_hours" | "dnd"; description: string };

export type TQuietHours = { start: TClock; end: TClock; days: ReadonlySet<number> };
type TWindow = { start: DateTime; end: DateTime };

/** Checking a zone builds an Intl formatter, which routing would otherwise do for every recipient. */
const zoneValidity = new Map<string, boolean>();

export function isValidTimeZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (zoneValidity.size > 1_000) zoneValidity.clear();
    zoneValidity.set(zone, valid);
  }
  return valid;
}

/** The zone the hold is computed in: a bad zone must never stop or crash a delivery. */
export function effectiveTimeZone(zone: string): string {
  return isValidTimeZone(zone) ? zone : "UTC";
}

type TQuietSettings = Pick<THoldSettings, "quietHoursStart" | "quietHoursEnd" | "quietHoursDays">;

/** Null when there is no window: a missing or malformed time, start == end, or no valid weekday listed. */
export function quietHoursOf(settings: TQuietSettings): TQuietHours | null {
  const start = parseClock(settings.quietHoursStart);
  const end = parseClock(settings.quietHoursEnd);
  const days = new Set(settings.quietHoursDays.filter((day) => Number.isInteger(day) && day >= 1 && day <= 7));
  if (!start || !end || minutesOf(start) === minutesOf(end) || days.size === 0) return null;
  return { start, end, days };
}

function windowContaining(quiet: TQuietHours, zone: string, instant: Date): TWindow | null {
  const today = DateTime.fromJSDate(instant, { zone }).startOf("day");
  const crossesMidnight = minutesOf(quiet.end) < minutesOf(quiet.start);
  // Yesterday's window is the one still running after midnight.
  for (const day of [today.minus({ days: 1 }), today]) {
    if (!quiet.days.has(day.weekday)) continue;
    const start = atClock(day, quiet.start);
    const end = atClock(crossesMidnight ? day.plus({ days: 1 }) : day, quiet.end);
    if (start.toMillis() <= instant.getTime() && instant.getTime() < end.toMillis()) return { start, end };
  }
  return null;
}

/** The end of the quiet window `now` lies in, or null when it lies in none. */
export function quietWindowEnd(settings: THoldSettings, now: Date): Date | null {
  const quiet = quietHoursOf(settings);
  if (!quiet) return null;
  return windowContaining(quiet, effectiveTimeZone(settings.timezone), now)?.end.toJSDate() ?? null;
}

function describeQuietHours(quiet: TQuietHours, zone: string): string {
  return `quiet hours ${formatClock(quiet.start)}–${formatClock(quiet.end)} ${zone}`;
}

/**
 * Until when a notification of `severity` waits, or null to send it now. When do-not-disturb and
 * quiet hours both apply, the later end wins (DND on a tie); if that instant lies in a quiet window
 * (DND ran into the night) the hold extends to that window's end, so nothing is released into quiet
 * hours. A critical event with the bypass on skips both: the bypass exists for emergencies.
 */
export function holdFor(settings: THoldSettings, now: Date, severity: TEventSeverity): THold | null {
  if (severity === "critical" && settings.criticalBypassesQuietHours) return null;
  const zone = effectiveTimeZone(settings.timezone);
  const quiet = quietHoursOf(settings);
  const holds: THold[] = [];
  if (settings.dndUntil && settings.dndUntil > now) {
    const local = DateTime.fromJSDate(settings.dndUntil, { zone }).toFormat("yyyy-MM-dd HH:mm");
    holds.push({ until: settings.dndUntil, kind: "dnd", description: `do not disturb until ${local} ${zone}` });
  }
  const quietEnd = quiet && windowContaining(quiet, zone, now)?.end.toJSDate();
  if (quiet && quietEnd) holds.push({ until: quietEnd, kind: "quiet_hours", description: describeQuietHours(quiet, zone) });
  const latest = holds.reduce<THold | null>((best, hold) => (!best || hold.until > best.until ? hold : best), null);
  return latest && quiet ? extendThroughQuietHours(latest, quiet, zone) : latest;
}

function extendThroughQuietHours(hold: THold, quiet: TQuietHours, zone: string): THold {
  let until = hold.until;
  // A few rounds at most: a DST gap can push one window's end past the next window's start.
  for (let round = 0; round < 3; round++) {
    const next = windowContaining(quiet, zone, until);
    if (!next) break;
    until = next.end.toJSDate();
  }
  if (until === hold.until) return hold;
  const description = hold.kind === "dnd" ? `${hold.description}, then ${describeQuietHours(quiet, zone)}` : hold.description;
  return { until, kind: "quiet_hours", description };
}
