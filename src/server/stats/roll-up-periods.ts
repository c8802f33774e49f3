import { db } from "@/server/db/client";
import { LATENCY_BUCKET_SQL } from "./latency-bucket";
import { ROLLUP_PERIOD_MS, statsWindow } from "./stats-window";

const PERIOD = `${ROLLUP_PERIOD_MS / 1000} seconds`;

/**
 * Sums every closed period before `until` that is not summed yet into
 * delivery_rollups (sends by sent_at) and creation_rollups (notifications by
 * created_at): from the period after the newest summed one (or the first
 * notification's) on. Runs when a long range is asked for, so the first
 * 30-day view after a long pause pays for the periods since; later ones only
 * for the period or two that closed meanwhile. A SENT notification's sent_at
 * never changes, nor does any created_at, so a summed period stays right.
 */
export async function rollUpPeriods(until: Date): Promise<void> {
  if (!(await hasUnsummedPeriods(until))) return;
  await db().$transaction(
    async (tx) => {
      // One roll-up at a time: two dashboards opened at once must not sum the same periods twice.
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('delivery_rollups'))`;
      // Read again under the lock: another request may have summed them while this one waited.
      await tx.$executeRaw`
        with start as (
          select coalesce(
            (select max(period) + ${PERIOD}::interval from delivery_rollups),
            (select date_bin(${PERIOD}::interval, min(sent_at), timestamp '2000-01-01') from notifications where sent_at is not null)
          ) as at
        )
        insert into delivery_rollups (period, channel, notification_type, latency_bucket, sends)
        select date_bin(${PERIOD}::interval, sent_at, timestamp '2000-01-01'), channel, notification_type, ${LATENCY_BUCKET_SQL}, count(*)::int
        from notifications, start
        where sent_at >= start.at and sent_at < ${until}::timestamp
        group by 1, 2, 3, 4
        on conflict do nothing`;
      await tx.$executeRaw`
        with start as (
          select coalesce(
            (select max(period) + ${PERIOD}::interval from creation_rollups),
            (select date_bin(${PERIOD}::interval, min(created_at), timestamp '2000-01-01') from notifications)
          ) as at
        )
        insert into creation_rollups (period, channel, notification_type, created)
        select date_bin(${PERIOD}::interval, created_at, timestamp '2000-01-01'), channel, notification_type, count(*)::int
        from notifications, start
        where created_at >= start.at and created_at < ${until}::timestamp
        group by 1, 2, 3
        on conflict do nothing`;
    },
    { maxWait: 30_000, timeout: 300_000 },
  );
}

async function hasUnsummedPeriods(until: Date): Promise<boolean> {
  const [row] = await db().$queryRaw<{ pending: boolean }[]>`
    select exists (
      select 1 from notifications
      where sent_at < ${until}::timestamp
        and sent_at >= coalesce((select max(period) + ${PERIOD}::interval from delivery_rollups), '-infinity'::timestamp)
    ) or exists (
      select 1 from notifications
      where created_at < ${until}::timestamp
        and created_at >= coalesce((select max(period) + ${PERIOD}::interval from creation_rollups), '-infinity'::timestamp)
    ) as pending`;
  return row?.pending ?? false;
}

/** What the worker's cron runs: every period closed by now, as the next long-range view would sum them itself. */
export async function rollUpClosedPeriods(now = new Date()): Promise<void> {
  const rollup = statsWindow("30d", now).rollup;
  if (rollup) await rollUpPeriods(rollup.rolledUntil);
}
