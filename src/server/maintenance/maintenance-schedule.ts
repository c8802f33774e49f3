import { DateTime } from "luxon";
import { effectiveTimeZone } from "@/server/preferences/quiet-hours";
import { atClock, minutesOf, parseClock } from "@/server/time/wall-clock";

/** What the schedule reads of a window: a one-off's instants, or a recurring window's days and clock times in its zone. */
export type TWindowSchedule = {
  startsAt: Date | null;
  endsAt: Date | null;
  /** ISO weekdays (1 = Monday) on which an occurrence starts. */
  weekdays: number[];
  /** "HH:MM"; an end before the start is on the next day. */
  startTime: string | null;
  endTime: string | null;
  timezone: string;
  /** Ended early: nothing is active before this instant. */
  endedUntil: Date | null;
};

export type TOccurrence = { start: Date; end: Date };

/** How far ahead the next occurrence is looked for: a week, and a day either side for midnight and DST. */
const DAYS_AHEAD = 9;

/** The occurrences of a recurring window that start on the local days `from` .. `from + count - 1`, in order. */
function recurringOccurrences(window: TWindowSchedule, from: DateTime, count: number): TOccurrence[] {
  const start = parseClock(window.startTime);
  const end = parseClock(window.endTime);
  if (!start || !end) return [];
  const crossesMidnight = minutesOf(end) < minutesOf(start);
  const occurrences: TOccurrence[] = [];
  for (let offset = 0; offset < count; offset++) {
    const day = from.plus({ days: offset });
    if (!window.weekdays.includes(day.weekday)) continue;
    const startAt = atClock(day, start);
    const endAt = atClock(crossesMidnight ? day.plus({ days: 1 }) : day, end);
    // 02:30–03:00 on a spring-forward day ends (03:00) before it starts (03:30): not that day.
    if (endAt > startAt) occurrences.push({ start: startAt.toJSDate(), end: endAt.toJSDate() });
  }
  return occurrences;
}

/** Every occurrence that starts between the day before `instant` and DAYS_AHEAD days after it. */
function occurrencesAround(window: TWindowSchedule, instant: Date): TOccurrence[] {
  if (window.startsAt && window.endsAt) return [{ start: window.startsAt, end: window.endsAt }];
  const today = DateTime.fromJSDate(instant, { zone: effectiveTimeZone(window.timezone) }).startOf("day");
  return recurringOccurrences(window, today.minus({ days: 1 }), DAYS_AHEAD + 1);
}

/** The occurrence `instant` lies in, whether or not it was ended early. */
export function occurrenceAt(window: TWindowSchedule, instant: Date): TOccurrence | null {
  const at = instant.getTime();
  return occurrencesAround(window, instant).find((one) => one.start.getTime() <= at && at < one.end.getTime()) ?? null;
}

/** The occurrence in force at `now`, or null outside the schedule and until an early end runs out. */
export function activeOccurrence(window: TWindowSchedule, now: Date): TOccurrence | null {
  if (window.endedUntil && now < window.endedUntil) return null;
  return occurrenceAt(window, now);
}

/** The first occurrence that starts after `now` and was not ended early (the one after the current one, if active). */
export function nextOccurrence(window: TWindowSchedule, now: Date): TOccurrence | null {
  const endedUntil = window.endedUntil?.getTime() ?? -Infinity;
  return occurrencesAround(window, now).find((one) => one.start > now && one.end.getTime() > endedUntil) ?? null;
}
