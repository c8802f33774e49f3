import { AttemptOutcome, Channel, db, Prisma } from "@/server/db/client";
import { cumulativeBucketsSql, SEND_DURATION_BUCKETS_SECONDS } from "./histogram-buckets";
import type { THistogramSeries } from "./snapshot-histogram";

export type TAttemptCount = { channel: string; outcome: string; attempts: number };
export type TDeliveryAttempts = { counts: TAttemptCount[]; sendDuration: THistogramSeries[] };

type TRow = { channel: string; outcome: string; attempts: number; timed: number; sum: number; buckets: number[] };

/**
 * Finished delivery attempts per channel and outcome, and how long their sends
 * took. Attempts are only ever added and finished once, so these counts are
 * true counters: a rate over them never jumps when someone requeues.
 */
export async function deliveryAttempts(): Promise<TDeliveryAttempts> {
  const seconds = Prisma.sql`a.duration_ms / 1000.0`;
  const rows = await db().$queryRaw<TRow[]>`
    select lower(n.channel::text) as channel, lower(a.outcome::text) as outcome, count(*)::float8 as attempts,
           count(a.duration_ms)::float8 as timed, coalesce(sum(${seconds}), 0)::float8 as sum,
           ${cumulativeBucketsSql(seconds, SEND_DURATION_BUCKETS_SECONDS)} as buckets
      from delivery_attempts a
      join notifications n on n.id = a.notification_id
     where a.outcome is not null
     group by n.channel, a.outcome`;
  const channels = Object.values(Channel).map((channel) => channel.toLowerCase());
  const outcomes = Object.values(AttemptOutcome).map((outcome) => outcome.toLowerCase());
  const counts = channels.flatMap((channel) =>
    outcomes.map((outcome) => ({ channel, outcome, attempts: rows.find((row) => row.channel === channel && row.outcome === outcome)?.attempts ?? 0 })),
  );
  // One histogram per channel, whatever the outcome: a timeout is a send that took long too.
  const sendDuration = channels.map((channel) => {
    const ofChannel = rows.filter((row) => row.channel === channel);
    return {
      labels: { channel },
      count: ofChannel.reduce((total, row) => total + row.timed, 0),
      sum: ofChannel.reduce((total, row) => total + row.sum, 0),
      buckets: SEND_DURATION_BUCKETS_SECONDS.map((_, index) => ofChannel.reduce((total, row) => total + (row.buckets[index] ?? 0), 0)),
    };
  });
  return { counts, sendDuration };
}
