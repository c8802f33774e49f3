import { db } from "@/server/db/client";
import { deliveryRows } from "./delivery-rows";
import { percentileFromHistogram } from "./latency-bucket";
import { notificationConditions, type TStatsFilters } from "./stats-filters";
import type { TStatsWindow } from "./stats-window";

export type TDeliveryLatency = {
  /** Created → sent, in ms, over the deliveries in the window; null when there were none. */
  p50: number | null;
  p95: number | null;
  p99: number | null;
  deliveries: number;
  /** exact: percentile_cont over every delivery; histogram: placed within ~19%-wide buckets of the rollup. */
  method: "exact" | "histogram";
};

const round = (ms: number | null) => (ms === null ? null : Math.round(ms * 10) / 10);

export async function deliveryLatency(window: TStatsWindow, filters: TStatsFilters): Promise<TDeliveryLatency> {
  if (!window.rollup) {
    const [row] = await db().$queryRaw<{ deliveries: number; percentiles: number[] | null }[]>`
      select count(*)::int as deliveries,
             percentile_cont(array[0.5, 0.95, 0.99]) within group (order by extract(epoch from sent_at - created_at) * 1000) as percentiles
      from notifications
      where sent_at >= ${window.from}::timestamp and sent_at < ${window.to}::timestamp ${notificationConditions(filters)}`;
    const [p50 = null, p95 = null, p99 = null] = row?.percentiles ?? [];
    return { p50: round(p50), p95: round(p95), p99: round(p99), deliveries: row?.deliveries ?? 0, method: "exact" };
  }
  const histogram = await db().$queryRaw<{ bucket: number; count: number }[]>`
    select latency_bucket::int as bucket, sum(sends)::int as count from (${deliveryRows(window, filters)}) d group by 1 order by 1`;
  const at = (p: number) => round(percentileFromHistogram(histogram, p));
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), deliveries: histogram.reduce((sum, bucket) => sum + bucket.count, 0), method: "histogram" };
}
