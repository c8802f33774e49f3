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
  const [statuses, decisions] = await Promise.all([
    db().$queryRaw<{ status: string; count: number }[]>`
      select status::text, count(*)::int as count from notifications
      where created_at >= ${from}::timestamp and created_at < ${to}::timestamp ${notificationConditions(filters)}
      group by status`,
    db().$queryRaw<{ count: number }[]>`
      select count(*)::int as count from routing_decisions d
      ${filters.type ? Prisma.sql`join events e on e.id = d.event_id` : Prisma.empty}
      where d.created_at >= ${from}::timestamp and d.created_at < ${to}::timestamp and d.outcome = 'SUPPRESSED' and d.notification_id is null
      ${channelCondition(Prisma.raw("d.channel"), filters.channel)} ${typeCondition(Prisma.raw("e.type"), filters.type)}`,
  ]);
  const by = new Map(statuses.map((row) => [row.status, row.count]));
  const count = (...names: string[]) => names.reduce((sum, name) => sum + (by.get(name) ?? 0), 0);
  return {
    created: statuses.reduce((sum, row) => sum + row.count, 0),
    failed: count("FAILED"),
    deadLettered: count("DEAD"),
    deferred: count("DEFERRED"),
    suppressed: count("SUPPRESSED") + (decisions[0]?.count ?? 0),
    folded: count("FOLDED"),
    cancelled: count("CANCELLED"),
    inFlight: count("PENDING", "SENDING", "RETRYING"),
  };
}
