import type { Channel } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { attentionFigures } from "./attention-figures";
import { deliveryLatency } from "./delivery-latency";
import { outcomeCounts } from "./outcome-counts";
import { queueFigures } from "./queue-figures";
import { receivedEvents } from "./received-events";
import { rollUpPeriods } from "./roll-up-periods";
import { sendsOverTime } from "./sends-over-time";
import { statsFilters } from "./stats-filters";
import type { TStatsOverview } from "./stats-overview-schema";
import { ZStatsQuery, type TStatsChannel } from "./stats-query-schema";
import { statsWindow } from "./stats-window";
import { topFailures } from "./top-failures";

const channelName = (channel: Channel) => channel.toLowerCase() as TStatsChannel;
const iso = (at: Date) => at.toISOString();

/** Every figure of the dashboard for one range and filter; each is one SQL aggregate, run side by side. */
export async function getStatsOverview(input: unknown, now = new Date()): Promise<TStatsOverview> {
  const query = parseInput(ZStatsQuery, input ?? {});
  const window = statsWindow(query.range, now);
  const filters = statsFilters(query);
  if (window.rollup) await rollUpPeriods(window.rollup.rolledUntil);
  const [events, outcomes, latency, buckets, failures, queue, attention] = await Promise.all([
    receivedEvents(window, filters),
    outcomeCounts(window, filters),
    deliveryLatency(window, filters),
    sendsOverTime(window, filters),
    topFailures(window, filters),
    queueFigures(now),
    attentionFigures(),
  ]);
  const sent = latency.deliveries;
  const settled = sent + outcomes.failed + outcomes.deadLettered;
  return {
    range: query.range,
    channel: query.channel ?? null,
    type: query.type ?? null,
    from: iso(window.from),
    to: iso(window.to),
    bucket_seconds: window.bucketMs / 1000,
    totals: {
      received_events: events,
      created: outcomes.created,
      sent,
      failed: outcomes.failed,
      dead_lettered: outcomes.deadLettered,
      deferred: outcomes.deferred,
      suppressed: outcomes.suppressed,
      folded: outcomes.folded,
      cancelled: outcomes.cancelled,
      in_flight: outcomes.inFlight,
    },
    success_rate: settled === 0 ? null : sent / settled,
    latency_ms: latency,
    sends_over_time: buckets.map(({ start, ...counts }) => ({ start: iso(start), ...counts })),
    top_failing_destinations: failures.destinations.map((row) => ({
      destination: row.destination,
      label: row.label,
      channel: channelName(row.channel),
      failures: row.failures,
      last_error: row.lastError,
      last_failed_at: iso(row.lastFailedAt),
    })),
    top_errors: failures.reasons.map((row) => ({ error_type: row.errorType, channel: channelName(row.channel), count: row.count, last_reply: row.lastReply, last_at: iso(row.lastAt) })),
    queue: {
      running: queue.running,
      paused: queue.paused,
      workers: queue.workers,
      queued: queue.queued,
      scheduled: queue.scheduled,
      in_progress: queue.inProgress,
      oldest_waiting_since: queue.oldestWaitingSince ? iso(queue.oldestWaitingSince) : null,
      sends_per_minute: queue.sendsPerMinute,
      open_circuits: queue.openCircuits,
    },
    ...attention,
    generated_at: iso(now),
  };
}
