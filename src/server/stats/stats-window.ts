import type { TStatsRange } from "./stats-query-schema";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Rollup periods: six hours (UTC), so both the 7-day chart's 6 h buckets and the 30-day chart's days are whole periods. */
export const ROLLUP_PERIOD_MS = 6 * HOUR;
/** A period is summed only this long after it closed: a delivery's sent_at is its transaction's start, committed a moment later. */
export const ROLLUP_SETTLE_MS = 5 * MINUTE;

const RANGES: Record<TStatsRange, { spanMs: number; bucketMs: number }> = {
  "1h": { spanMs: HOUR, bucketMs: 5 * MINUTE },
  "24h": { spanMs: DAY, bucketMs: HOUR },
  "7d": { spanMs: 7 * DAY, bucketMs: 6 * HOUR },
  "30d": { spanMs: 30 * DAY, bucketMs: DAY },
};

/**
 * The instants one dashboard answer covers: [from, to), its chart buckets
 * (aligned to UTC multiples of their size, so the first is cut at `from`),
 * and for the long ranges which part the rollup answers: whole periods in
 * [rolledFrom, rolledUntil); the rest is read from the notifications.
 */
export type TStatsWindow = {
  from: Date;
  to: Date;
  bucketMs: number;
  rollup: { rolledFrom: Date; rolledUntil: Date } | null;
};

const floorTo = (ms: number, step: number) => Math.floor(ms / step) * step;

export function statsWindow(range: TStatsRange, now: Date): TStatsWindow {
  const { spanMs, bucketMs } = RANGES[range];
  const to = now.getTime();
  const from = to - spanMs;
  // Short ranges read at most a day of rows through an index: faster than any bookkeeping.
  if (spanMs <= DAY) return { from: new Date(from), to: new Date(to), bucketMs, rollup: null };
  const rolledFrom = Math.ceil(from / ROLLUP_PERIOD_MS) * ROLLUP_PERIOD_MS;
  const rolledUntil = floorTo(to - ROLLUP_SETTLE_MS, ROLLUP_PERIOD_MS);
  return { from: new Date(from), to: new Date(to), bucketMs, rollup: { rolledFrom: new Date(rolledFrom), rolledUntil: new Date(rolledUntil) } };
}
