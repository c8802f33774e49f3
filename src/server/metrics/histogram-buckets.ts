import { Prisma } from "@/server/db/client";
import type { THistogramSeries } from "./snapshot-histogram";

/**
 * Created → delivered spans a send in well under a second, retries over
 * minutes, and quiet hours or an outage over many hours: the buckets reach a day.
 */
export const DELIVERY_LATENCY_BUCKETS_SECONDS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 21600, 86400] as const;

/** One attempt's call to the SMTP server or HTTP endpoint: milliseconds when healthy, up to the transports' timeouts when not. */
export const SEND_DURATION_BUCKETS_SECONDS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] as const;

/**
 * The index of the first bound a value is `le` (0 … bounds.length, the last
 * meaning +Inf only), computed by PostgreSQL for each row so that rows are
 * grouped by it in one pass. width_bucket counts the thresholds <= its
 * operand; on the negated values that is the number of bounds >= value, so
 * a value equal to a bound falls in that bound's bucket, as `le` means.
 */
export function bucketIndexSql(value: Prisma.Sql, bounds: readonly number[]): Prisma.Sql {
  const thresholds = [...bounds].reverse().map((bound) => -bound);
  return Prisma.sql`(${bounds.length} - width_bucket(-(${value}), ${thresholds}::float8[]))`;
}

/** Prometheus's cumulative buckets from per-index counts and sums (`counts[i]` rows in index i). */
export function histogramSeries(labels: Record<string, string>, bounds: readonly number[], perIndex: { index: number; count: number; sum: number }[]): THistogramSeries {
  return {
    labels,
    buckets: bounds.map((_, position) => perIndex.reduce((total, row) => total + (row.index <= position ? row.count : 0), 0)),
    count: perIndex.reduce((total, row) => total + row.count, 0),
    sum: perIndex.reduce((total, row) => total + row.sum, 0),
  };
}
