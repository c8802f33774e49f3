import { db, type Channel } from "@/server/db/client";
import { notificationConditions, type TStatsFilters } from "./stats-filters";
import type { TStatsWindow } from "./stats-window";

const TOP = 5;

export type TFailingDestination = { destination: string; label: string; channel: Channel; failures: number; lastError: string | null; lastFailedAt: Date };
export type TErrorReason = { errorType: string; channel: Channel; count: number; lastReply: string | null; lastAt: Date };

type TRow = { kind: "destination" | "reason"; key: string; label: string; channel: Channel; count: number; reply: string | null; lastAt: Date };

/**
 * Where delivery fails most among the notifications created in the window
 * (failed, dead-lettered, or failing and due for another try): by
 * destination (a chat/webhook/SMS destination's masked label, or the email
 * recipient) and by failure class, each with the newest reply. One statement
 * reads the failing rows once for both lists: they are scattered over the
 * table, so the heap reads are most of the cost.
 */
export async function topFailures(window: TStatsWindow, filters: TStatsFilters): Promise<{ destinations: TFailingDestination[]; reasons: TErrorReason[] }> {
  const rows = await db().$queryRaw<TRow[]>`
    with failing as materialized (
      select coalesce(destination_key, 'email:' || coalesce(recipient_email, 'unknown')) as destination, channel,
             coalesce(last_error_type, 'unknown') as error_type, error_message, updated_at
      from notifications
      where status in ('FAILED', 'DEAD', 'RETRYING') and created_at >= ${window.from}::timestamp and created_at < ${window.to}::timestamp ${notificationConditions(filters)}
    ), destinations as (
      select destination, channel, count(*)::int as count, (array_agg(error_message order by updated_at desc))[1] as reply, max(updated_at) as last_at
      from failing group by 1, 2 order by count desc, last_at desc limit ${TOP}
    ), reasons as (
      select error_type, channel, count(*)::int as count, (array_agg(error_message order by updated_at desc))[1] as reply, max(updated_at) as last_at
      from failing group by 1, 2 order by count desc, last_at desc limit ${TOP}
    )
    select 'destination' as kind, d.destination as key, coalesce(ds.label, d.destination) as label, d.channel, d.count, d.reply, d.last_at as "lastAt"
    from destinations d left join destination_states ds on ds.destination_key = d.destination
    union all
    select 'reason', r.error_type, r.error_type, r.channel, r.count, r.reply, r.last_at from reasons r
    order by kind, count desc, "lastAt" desc`;
  return {
    destinations: rows.filter((row) => row.kind === "destination").map((row) => ({ destination: row.key, label: row.label, channel: row.channel, failures: row.count, lastError: row.reply, lastFailedAt: row.lastAt })),
    reasons: rows.filter((row) => row.kind === "reason").map((row) => ({ errorType: row.key, channel: row.channel, count: row.count, lastReply: row.reply, lastAt: row.lastAt })),
  };
}
