import { Channel, db, Prisma } from "@/server/db/client";
import { cumulativeBucketsSql, DELIVERY_LATENCY_BUCKETS_SECONDS } from "./histogram-buckets";
import type { THistogramSeries } from "./snapshot-histogram";

/**
 * Created → delivered of every sent notification, per channel, as histogram
 * buckets counted in SQL. Quiet hours and retries are part of it: it is what
 * the recipient waited, not what the transport took (that is the send duration).
 */
export async function deliveryLatency(): Promise<THistogramSeries[]> {
  const latency = Prisma.sql`extract(epoch from sent_at - created_at)::float8`;
  const rows = await db().$queryRaw<{ channel: string; count: number; sum: number; buckets: number[] }[]>`
    select lower(channel::text) as channel, count(*)::float8 as count, coalesce(sum(${latency}), 0)::float8 as sum,
           ${cumulativeBucketsSql(latency, DELIVERY_LATENCY_BUCKETS_SECONDS)} as buckets
      from notifications
     where status = 'SENT' and sent_at is not null
     group by channel`;
  return Object.values(Channel).map((channel) => {
    const name = channel.toLowerCase();
    const row = rows.find((candidate) => candidate.channel === name);
    return { labels: { channel: name }, count: row?.count ?? 0, sum: row?.sum ?? 0, buckets: row?.buckets ?? DELIVERY_LATENCY_BUCKETS_SECONDS.map(() => 0) };
  });
}
