import { AttemptOutcome, Channel, db, Prisma } from "@/server/db/client";
import { bucketIndexSql, histogramSeries, SEND_DURATION_BUCKETS_SECONDS } from "./histogram-buckets";
import { SettledSums, settledTime, type TRange, type TSumRow } from "./settled-sums";
import type { THistogramSeries } from "./snapshot-histogram";

export type TAttemptCount = { channel: string; outcome: string; attempts: number };
export type TDeliveryAttempts = { counts: TAttemptCount[]; sendDuration: THistogramSeries[] };

type TRow = { channel: string | null; outcome: string | null; index: number | null; count: number; sum: number; unfinished: number[] | null };

const seconds = Prisma.sql`a.duration_ms / 1000.0`;

/**
 * Finished attempts per channel and outcome, and per channel and send-duration
 * bucket (an interrupted attempt has an outcome but no duration: counted, not
 * timed), plus the ids of those not finished — in one statement, so an attempt
 * finishing meanwhile is in exactly one of the two. Attempts are only added,
 * and finished once, so these counts are true counters: a rate over them
 * never jumps when someone requeues.
 */
async function aggregate(where: Prisma.Sql): Promise<{ rows: TSumRow[]; unfinishedIds: number[] }> {
  const rows = await db().$queryRaw<TRow[]>`
    with slice as (
      select a.id, n.channel, a.outcome, ${seconds} as seconds, ${bucketIndexSql(seconds, SEND_DURATION_BUCKETS_SECONDS)} as index
        from delivery_attempts a
        join notifications n on n.id = a.notification_id
       where ${where}
    )
    select lower(channel::text) as channel, lower(outcome::text) as outcome, index, count(*)::float8 as count,
           coalesce(sum(seconds), 0)::float8 as sum, null::int[] as unfinished
      from slice
     where outcome is not null
     group by grouping sets ((channel, outcome), (channel, index))
    union all
    select null, null, null, 0, 0, coalesce(array_agg(id), '{}') from slice where outcome is null`;
  const sums = rows.flatMap((row): TSumRow[] => {
    if (row.unfinished !== null || row.channel === null) return [];
    if (row.outcome !== null) return [{ key: ["attempts", row.channel, row.outcome], count: row.count, sum: row.sum }];
    return row.index === null ? [] : [{ key: ["duration", row.channel, String(row.index)], count: row.count, sum: row.sum }];
  });
  return { rows: sums, unfinishedIds: rows.flatMap((row) => row.unfinished ?? []) };
}

/** Attempts by started_at, the database's now() when the worker opened them. */
function readStarted({ from, to }: TRange<Date>) {
  return aggregate(Prisma.sql`${from ? Prisma.sql`a.started_at >= ${from}::timestamp` : Prisma.sql`true`} and ${to ? Prisma.sql`a.started_at < ${to}::timestamp` : Prisma.sql`true`}`);
}

/** Those of a settled slice's attempts that were in flight then and have finished since. */
async function readFinished(ids: number[]) {
  const { rows, unfinishedIds } = await aggregate(Prisma.sql`a.id = any(${ids}::int[])`);
  const stillOpen = new Set(unfinishedIds);
  return { rows, finishedIds: ids.filter((id) => !stillOpen.has(id)) };
}

const sums = new SettledSums({ horizon: settledTime, read: readStarted, readFinished });

export async function deliveryAttempts(): Promise<TDeliveryAttempts> {
  const rows = await sums.totals();
  const channels = Object.values(Channel).map((channel) => channel.toLowerCase());
  const outcomes = Object.values(AttemptOutcome).map((outcome) => outcome.toLowerCase());
  // Every channel and outcome, zero included, so failure ratios exist before the first failure.
  const counts = channels.flatMap((channel) =>
    outcomes.map((outcome) => ({ channel, outcome, attempts: rows.find((row) => row.key[0] === "attempts" && row.key[1] === channel && row.key[2] === outcome)?.count ?? 0 })),
  );
  // One histogram per channel, whatever the outcome: a timeout is a send that took long too.
  const sendDuration = channels.map((channel) => {
    const perIndex = rows.filter((row) => row.key[0] === "duration" && row.key[1] === channel).map((row) => ({ index: Number(row.key[2]), count: row.count, sum: row.sum }));
    return histogramSeries({ channel }, SEND_DURATION_BUCKETS_SECONDS, perIndex);
  });
  return { counts, sendDuration };
}
