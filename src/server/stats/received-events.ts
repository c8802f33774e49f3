import { db, Prisma } from "@/server/db/client";
import { typeCondition, type TStatsFilters } from "./stats-filters";
import type { TStatsWindow } from "./stats-window";

/** Events received in the window; an event has no channel, so only the type filter applies. */
export async function receivedEvents(window: TStatsWindow, filters: TStatsFilters): Promise<number> {
  const rows = await db().$queryRaw<{ count: number }[]>`
    select count(*)::int as count from events
    where received_at >= ${window.from}::timestamp and received_at < ${window.to}::timestamp ${typeCondition(Prisma.raw("type"), filters.type)}`;
  return rows[0]?.count ?? 0;
}
