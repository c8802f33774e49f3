import { db, Prisma } from "@/server/db/client";
import { channelCondition, notificationConditions, typeCondition, type TStatsFilters } from "./stats-filters";
import type { TStatsWindow } from "./stats-window";

export type TOutcomeCounts = {
  created: number;
  failed: number;
  deadLettered: number;
  deferred: number;
  suppressed: number;
  folded: number;
  cancelled: number;
  inFlight: number;
};

/**
 * What became of the notifications created in the window (their status now);
 * deliveries in the window are counted with the latency. `suppressed` adds routing decisions that made no
 * notification at all (a rule, preferences, nobody to tell) to the
 * notifications held back as SUPPRESSED (flapping).
 */
export async function outcomeCounts(window: TStatsWindow, filters: TStatsFilters): Promise<TOutcomeCounts> {
  const { from, to } = window;
  const [statuses, created, decisions] = await Promise.all([
    // Long ranges: SENT (most rows) is left out here, and the total comes from creation_rollups.
    db().$queryRaw<{ status: string; count: number }[]>`
      select status::text, count(*)::int as count from notifications
      where created_at >= ${from}::timestamp and created_at < ${to}::timestamp ${notificationConditions(filters)}
      ${window.rollup ? Prisma.sql`and status = any(${NOT_SENT}::"NotificationStatus"[])` : Prisma.empty}
      group by status`,
    window.rollup ? createdWithRollup(window.rollup, window, filters) : Promise.resolve(null),
    db().$queryRaw<{ count: number }[]>`
      select count(*)::int as count from routing_decisions d
      ${filters.type ? Prisma.sql`join events e on e.id = d.event_id` : Prisma.empty}
      where d.created_at >= ${from}::timestamp and d.created_at < ${to}::timestamp and d.outcome = 'SUPPRESSED' and d.notification_id is null
      ${channelCondition(Prisma.raw("d.channel"), filters.channel)} ${typeCondition(Prisma.raw("e.type"), filters.type)}`,
  ]);
  const by = new Map(statuses.map((row) => [row.status, row.count]));
  const count = (...names: string[]) => names.reduce((sum, name) => sum + (by.get(name) ?? 0), 0);
  return {
    created: created ?? statuses.reduce((sum, row) => sum + row.count, 0),
    failed: count("FAILED"),
    deadLettered: count("DEAD"),
    deferred: count("DEFERRED"),
    suppressed: count("SUPPRESSED") + (decisions[0]?.count ?? 0),
    folded: count("FOLDED"),
    cancelled: count("CANCELLED"),
    inFlight: count("PENDING", "SENDING", "RETRYING"),
  };
}

/** Every status but SENT: a tenth of the rows or less, read through the (status, created_at) index. */
const NOT_SENT = ["PENDING", "SENDING", "RETRYING", "DEFERRED", "FAILED", "DEAD", "SUPPRESSED", "FOLDED", "CANCELLED"];

/** Notifications created in the window: whole periods from creation_rollups, the cut ones at either end counted live. */
async function createdWithRollup(rollup: NonNullable<TStatsWindow["rollup"]>, window: TStatsWindow, filters: TStatsFilters): Promise<number> {
  const liveBetween = (from: Date, to: Date) => Prisma.sql`
    select count(*)::int as created from notifications where created_at >= ${from}::timestamp and created_at < ${to}::timestamp ${notificationConditions(filters)}`;
  const [row] = await db().$queryRaw<{ created: number }[]>`
    select coalesce(sum(created), 0)::int as created from (
      ${liveBetween(window.from, rollup.rolledFrom)}
      union all
      select sum(created)::int from creation_rollups
      where period >= ${rollup.rolledFrom}::timestamp and period < ${rollup.rolledUntil}::timestamp ${notificationConditions(filters)}
      union all
      ${liveBetween(rollup.rolledUntil, window.to)}
    ) parts`;
  return row?.created ?? 0;
}
