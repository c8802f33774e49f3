import { z } from "zod";
import { STATS_CHANNELS, STATS_RANGES } from "./stats-query-schema";

const ZChannel = z.enum(STATS_CHANNELS);
const ZCount = z.number().int().nonnegative();
const ZMs = z.number().nonnegative().nullable();

/** The dashboard's figures, as GET /api/v1/stats answers them and tRPC `stats.overview` returns them. */
export const ZStatsOverview = z.object({
  range: z.enum(STATS_RANGES),
  channel: ZChannel.nullable(),
  type: z.string().nullable(),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  bucket_seconds: z.number().int().positive(),
  totals: z.object({
    received_events: ZCount,
    /** Notifications created in the window; the outcomes below (but `sent`) are what became of them. */
    created: ZCount,
    /** Delivered in the window (sent_at), like the chart and the latency. */
    sent: ZCount,
    failed: ZCount,
    dead_lettered: ZCount,
    deferred: ZCount,
    suppressed: ZCount,
    folded: ZCount,
    cancelled: ZCount,
    in_flight: ZCount,
  }),
  /** sent ÷ (sent + failed + dead-lettered), 0..1; null when there is nothing to divide. */
  success_rate: z.number().min(0).max(1).nullable(),
  latency_ms: z.object({ p50: ZMs, p95: ZMs, p99: ZMs, deliveries: ZCount, method: z.enum(["exact", "histogram"]) }),
  sends_over_time: z.array(z.object({ start: z.iso.datetime(), email: ZCount, slack: ZCount, teams: ZCount, webhook: ZCount, sms: ZCount })),
  top_failing_destinations: z.array(
    z.object({ destination: z.string(), label: z.string(), channel: ZChannel, failures: ZCount, last_error: z.string().nullable(), last_failed_at: z.iso.datetime() }),
  ),
  top_errors: z.array(z.object({ error_type: z.string(), channel: ZChannel, count: ZCount, last_reply: z.string().nullable(), last_at: z.iso.datetime() })),
  queue: z.object({
    running: z.boolean(),
    paused: z.boolean(),
    workers: ZCount,
    queued: ZCount,
    scheduled: ZCount,
    in_progress: ZCount,
    oldest_waiting_since: z.iso.datetime().nullable(),
    sends_per_minute: z.number().nonnegative(),
    open_circuits: ZCount,
  }),
  incidents: z.object({
    open: ZCount,
    latest: z.array(z.object({ id: z.number().int(), title: z.string(), severity: z.enum(["info", "warning", "critical"]), status: z.enum(["triggered", "acknowledged", "resolved"]), triggered_at: z.iso.datetime() })),
  }),
  maintenance: z.object({ active: z.array(z.object({ id: z.number().int(), name: z.string(), ends_at: z.iso.datetime().nullable() })) }),
  generated_at: z.iso.datetime(),
});
export type TStatsOverview = z.output<typeof ZStatsOverview>;
