import { db, Prisma, type Channel } from "@/server/db/client";
import { notificationConditions, type TStatsFilters } from "./stats-filters";
import type { TStatsWindow } from "./stats-window";

const TOP = 5;
/** Failed for good, dead-lettered, or failing and due for another try. */
const FAILING = Prisma.raw(`status in ('FAILED', 'DEAD', 'RETRYING')`);

export type TFailingDestination = { destination: string; label: string; channel: Channel; failures: number; lastError: string | null; lastFailedAt: Date };
export type TErrorReason = { errorType: string; channel: Channel; count: number; lastReply: string | null; lastAt: Date };

/**
 * Where delivery fails most among the notifications created in the window:
 * by destination (a chat/webhook/SMS destination's masked label, or the
 * email recipient) and by failure class, each with the newest reply.
 */
export async function topFailures(window: TStatsWindow, filters: TStatsFilters): Promise<{ destinations: TFailingDestination[]; reasons: TErrorReason[] }> {
  const [destinations, reasons] = await Promise.all([
    db().$queryRaw<TFailingDestination[]>`
      select f.destination, coalesce(ds.label, f.destination) as label, f.channel, f.failures, f."lastError", f."lastFailedAt"
      from (
        select coalesce(destination_key, 'email:' || coalesce(recipient_email, 'unknown')) as destination, channel,
               count(*)::int as failures,
               (array_agg(error_message order by updated_at desc))[1] as "lastError",
               max(updated_at) as "lastFailedAt"
        from notifications
        where ${FAILING} and created_at >= ${window.from}::timestamp and created_at < ${window.to}::timestamp ${notificationConditions(filters)}
        group by 1, 2
        order by failures desc, "lastFailedAt" desc
        limit ${TOP}
      ) f
      left join destination_states ds on ds.destination_key = f.destination
      order by f.failures desc, f."lastFailedAt" desc`,
    db().$queryRaw<TErrorReason[]>`
      select coalesce(last_error_type, 'unknown') as "errorType", channel, count(*)::int as count,
             (array_agg(error_message order by updated_at desc))[1] as "lastReply", max(updated_at) as "lastAt"
      from notifications
      where ${FAILING} and created_at >= ${window.from}::timestamp and created_at < ${window.to}::timestamp ${notificationConditions(filters)}
      group by 1, 2
      order by count desc, "lastAt" desc
      limit ${TOP}`,
  ]);
  return { destinations, reasons };
}
