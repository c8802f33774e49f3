import { Prisma } from "@/server/db/client";
import { LATENCY_BUCKET_SQL } from "./latency-bucket";
import { notificationConditions, type TStatsFilters } from "./stats-filters";
import type { TStatsWindow } from "./stats-window";

/**
 * The window's deliveries as rows of (at, channel, latency_bucket, sends):
 * one per notification sent in it, or — for the long ranges — one per summed
 * period, channel, type and bucket, with the notifications of the cut periods
 * at either end read as they are.
 */
export function deliveryRows(window: TStatsWindow, filters: TStatsFilters): Prisma.Sql {
  const sentBetween = (from: Date, to: Date) => Prisma.sql`
    select sent_at as at, channel, ${LATENCY_BUCKET_SQL} as latency_bucket, 1 as sends from notifications
    where sent_at >= ${from}::timestamp and sent_at < ${to}::timestamp ${notificationConditions(filters)}`;
  if (!window.rollup) return sentBetween(window.from, window.to);
  const { rolledFrom, rolledUntil } = window.rollup;
  return Prisma.sql`
    ${sentBetween(window.from, rolledFrom)}
    union all
    select period, channel, latency_bucket, sends from delivery_rollups
    where period >= ${rolledFrom}::timestamp and period < ${rolledUntil}::timestamp ${notificationConditions(filters)}
    union all
    ${sentBetween(rolledUntil, window.to)}`;
}
