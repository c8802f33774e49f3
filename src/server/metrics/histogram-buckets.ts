import { Prisma } from "@/server/db/client";

/**
 * Created → delivered spans a send in well under a second, retries over
 * minutes, and quiet hours or an outage over many hours: the buckets reach a day.
 */
export const DELIVERY_LATENCY_BUCKETS_SECONDS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 21600, 86400] as const;

/** One attempt's call to the SMTP server or HTTP endpoint: milliseconds when healthy, up to the transports' timeouts when not. */
export const SEND_DURATION_BUCKETS_SECONDS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] as const;

/**
 * `array[count(*) filter (where value <= b1), …]`: the cumulative `le`
 * buckets of a Prometheus histogram, counted by PostgreSQL in the same single
 * pass as the rest of the aggregate — no row ever reaches JavaScript.
 */
export function cumulativeBucketsSql(value: Prisma.Sql, bounds: readonly number[]): Prisma.Sql {
  return Prisma.sql`array[${Prisma.join(bounds.map((bound) => Prisma.sql`count(*) filter (where ${value} <= ${bound}::float8)`))}]::float8[]`;
}
