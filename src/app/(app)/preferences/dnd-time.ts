import { DateTime } from "luxon";
import { effectiveTimeZone } from "@/server/preferences/quiet-hours";

// Pure date arithmetic for do-not-disturb, always in the zone the user chose (not the browser's).

const LOCAL_INPUT = "yyyy-MM-dd'T'HH:mm";

function isoOf(time: DateTime): string | null {
  return time.isValid ? time.toUTC().toISO({ suppressMilliseconds: true }) : null;
}

export function inOneHour(now: Date): string | null {
  return isoOf(DateTime.fromJSDate(now).plus({ hours: 1 }));
}

export function tomorrowAtEight(now: Date, zone: string): string | null {
  const local = DateTime.fromJSDate(now, { zone: effectiveTimeZone(zone) });
  return isoOf(local.plus({ days: 1 }).set({ hour: 8, minute: 0, second: 0, millisecond: 0 }));
}

/** The value of a datetime-local input for `iso` seen in `zone`. */
export function localInputValue(iso: string, zone: string): string {
  return DateTime.fromISO(iso).setZone(effectiveTimeZone(zone)).toFormat(LOCAL_INPUT);
}

/** A datetime-local value read as wall-clock time in `zone`, or null when it is not a complete date and time. */
export function fromLocalInput(value: string, zone: string): string | null {
  if (!value) return null;
  return isoOf(DateTime.fromISO(value, { zone: effectiveTimeZone(zone) }));
}

/** "Tue, 2 Dec 2026, 08:00 Europe/Berlin". */
export function formatInZone(iso: string, zone: string): string {
  const effective = effectiveTimeZone(zone);
  const local = DateTime.fromISO(iso).setZone(effective);
  return `${local.toLocaleString({ weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })} ${effective}`;
}
