import { db, Prisma } from "@/server/db/client";
import { SettledSums, settledId, type TRange } from "./settled-sums";

export type TNotificationCounts = { channel: string; type: string; created: number; failed: number; dead: number };

/** Notifications created, by channel and type, over a range of ids (a notification's channel and type never change). */
async function readCreated({ from, to }: TRange<number>) {
  const rows = await db().$queryRaw<{ channel: string; type: string; count: number }[]>`
    select lower(channel::text) as channel, notification_type as type, count(*)::float8 as count
      from notifications
     where true ${from === null ? Prisma.empty : Prisma.sql`and id >= ${from}`} ${to === null ? Prisma.empty : Prisma.sql`and id < ${to}`}
     group by channel, notification_type`;
  return { rows: rows.map((row) => ({ key: [row.channel, row.type], count: row.count, sum: 0 })), unfinishedIds: [] };
}

const created = new SettledSums({
  // The id after the highest one settled: ranges are [from, to).
  horizon: settledId(async () => {
    const [row] = await db().$queryRaw<{ now: Date; max_id: number }[]>`select now(), coalesce(max(id), 0) as max_id from notifications`;
    return { now: row?.now ?? new Date(0), maxId: (row?.max_id ?? 0) + 1 };
  }),
  read: readCreated,
});

/**
 * Notifications by channel and type: every one ever created, and those now
 * failed and dead (few, read through the index on status). `failed` and
 * `dead` shrink when an operator requeues or discards from the dead-letter
 * queue (README "Monitoring with Prometheus" says how to alert without being
 * fooled by that). Sent ones are counted with their latency (sent-notifications.ts).
 */
export async function countNotifications(): Promise<TNotificationCounts[]> {
  const [totals, ended] = await Promise.all([
    created.totals(),
    db().$queryRaw<{ channel: string; type: string; failed: number; dead: number }[]>`
      select lower(channel::text) as channel, notification_type as type,
             count(*) filter (where status = 'FAILED')::float8 as failed,
             count(*) filter (where status = 'DEAD')::float8 as dead
        from notifications
       where status in ('FAILED', 'DEAD')
       group by channel, notification_type`,
  ]);
  const endedByLabels = new Map(ended.map((row) => [`${row.channel}\n${row.type}`, row]));
  return totals.map(({ key: [channel = "", type = ""], count }) => {
    const row = endedByLabels.get(`${channel}\n${type}`);
    return { channel, type, created: count, failed: row?.failed ?? 0, dead: row?.dead ?? 0 };
  });
}
