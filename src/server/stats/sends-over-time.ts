import { db } from "@/server/db/client";
import { deliveryRows } from "./delivery-rows";
import type { TStatsFilters } from "./stats-filters";
import type { TStatsWindow } from "./stats-window";

export type TSendsBucket = { start: Date; email: number; slack: number; teams: number; webhook: number; sms: number };

/** Deliveries per chart bucket and channel, every bucket present (zero when nothing was sent). */
export async function sendsOverTime(window: TStatsWindow, filters: TStatsFilters): Promise<TSendsBucket[]> {
  const step = `${window.bucketMs / 1000} seconds`;
  const first = new Date(Math.floor(window.from.getTime() / window.bucketMs) * window.bucketMs);
  const last = new Date(Math.floor((window.to.getTime() - 1) / window.bucketMs) * window.bucketMs);
  return db().$queryRaw<TSendsBucket[]>`
    with counts as (
      select date_bin(${step}::interval, d.at, timestamp '2000-01-01') as bucket, d.channel, sum(d.sends)::int as sends
      from (${deliveryRows(window, filters)}) d
      group by 1, 2
    )
    select s.bucket as start,
           coalesce(sum(c.sends) filter (where c.channel = 'EMAIL'), 0)::int as email,
           coalesce(sum(c.sends) filter (where c.channel = 'SLACK'), 0)::int as slack,
           coalesce(sum(c.sends) filter (where c.channel = 'TEAMS'), 0)::int as teams,
           coalesce(sum(c.sends) filter (where c.channel = 'WEBHOOK'), 0)::int as webhook,
           coalesce(sum(c.sends) filter (where c.channel = 'SMS'), 0)::int as sms
    from generate_series(${first}::timestamp, ${last}::timestamp, ${step}::interval) s(bucket)
    left join counts c on c.bucket = s.bucket
    group by s.bucket
    order by s.bucket`;
}
