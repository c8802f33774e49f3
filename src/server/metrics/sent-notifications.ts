import { Channel, db, Prisma } from "@/server/db/client";
import { bucketIndexSql, DELIVERY_LATENCY_BUCKETS_SECONDS, histogramSeries } from "./histogram-buckets";
import { SettledSums, settledTime, type TRange, type TSumRow } from "./settled-sums";
import type { THistogramSeries } from "./snapshot-histogram";

export type TSentNotifications = { sent: { channel: string; type: string; sent: number }[]; latency: THistogramSeries[] };

/**
 * Sent notifications: how many per channel and type, and the created →
 * delivered latency per channel (quiet hours and retries included: what the
 * recipient waited, not what the transport took). One pass per slice, over the
 * index on sent_at, which only recordSent sets, with the database's now().
 */
async function readSent({ from, to }: TRange<Date>): Promise<{ rows: TSumRow[]; unfinishedIds: number[] }> {
  const latency = Prisma.sql`extract(epoch from sent_at - created_at)::float8`;
  const rows = await db().$queryRaw<{ channel: string; type: string | null; index: number | null; count: number; sum: number }[]>`
    select lower(channel::text) as channel, notification_type as type, index, count(*)::float8 as count, coalesce(sum(latency), 0)::float8 as sum
      from (
        select channel, notification_type, ${latency} as latency, ${bucketIndexSql(latency, DELIVERY_LATENCY_BUCKETS_SECONDS)} as index
          from notifications
         where sent_at is not null
           ${from ? Prisma.sql`and sent_at >= ${from}::timestamp` : Prisma.empty}
           ${to ? Prisma.sql`and sent_at < ${to}::timestamp` : Prisma.empty}
      ) sent
     group by grouping sets ((channel, notification_type), (channel, index))`;
  return {
    rows: rows.map((row) => ({ key: row.type === null ? ["latency", row.channel, String(row.index)] : ["sent", row.channel, row.type], count: row.count, sum: row.sum })),
    unfinishedIds: [],
  };
}

const sums = new SettledSums({ horizon: settledTime, read: readSent });

export async function sentNotifications(): Promise<TSentNotifications> {
  const rows = await sums.totals();
  const sent = rows.filter((row) => row.key[0] === "sent").map((row) => ({ channel: row.key[1] ?? "", type: row.key[2] ?? "", sent: row.count }));
  // Every channel, zero included, so a rate over a channel that has not sent yet exists from the first scrape.
  const latency = Object.values(Channel).map((value) => {
    const channel = value.toLowerCase();
    const perIndex = rows.filter((row) => row.key[0] === "latency" && row.key[1] === channel).map((row) => ({ index: Number(row.key[2]), count: row.count, sum: row.sum }));
    return histogramSeries({ channel }, DELIVERY_LATENCY_BUCKETS_SECONDS, perIndex);
  });
  return { sent, latency };
}
