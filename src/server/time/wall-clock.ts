import type { DateTime } from "luxon";
import { z } from "zod";

/** A time of day on a wall clock, in some zone. */
export type TClock = { hour: number; minute: number };

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
// Seconds are tolerated when read back (a database `time` column prints them) and ignored.
const STORED_CLOCK = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;

/** "HH:MM" as people type it, for every form and API that takes a time of day. */
export const ZClock = z.string("must be a time of day as HH:MM (24 hours), such as 22:00").regex(CLOCK, "must be a time of day as HH:MM (24 hours), such as 22:00");

export function parseClock(value: string | null | undefined): TClock | null {
  const match = value ? STORED_CLOCK.exec(value) : null;
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : null;
}

export function formatClock(clock: TClock): string {
  return `${String(clock.hour).padStart(2, "0")}:${String(clock.minute).padStart(2, "0")}`;
}

export const minutesOf = (clock: TClock) => clock.hour * 60 + clock.minute;

/**
 * `clock` on the local date of `day`. A time inside the spring-forward gap does not exist and luxon
 * moves it forward by the gap (02:30 -> 03:30). A time that occurs twice at fall-back is taken at its
 * FIRST occurrence (the summer offset): a window ends the first time the wall clock shows its end.
 * Left to itself luxon keeps the offset of the DateTime it sets from (here local midnight), an
 * accident of the code path rather than a rule, so the choice is made explicit.
 */
export function atClock(day: DateTime, clock: TClock): DateTime {
  const candidate = day.set({ hour: clock.hour, minute: clock.minute, second: 0, millisecond: 0 });
  return candidate.getPossibleOffsets().reduce((first, other) => (other.toMillis() < first.toMillis() ? other : first), candidate);
}
