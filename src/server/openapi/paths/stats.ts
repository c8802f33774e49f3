import { ZStatsOverview } from "@/server/stats/stats-overview-schema";
import { ZStatsQuery } from "@/server/stats/stats-query-schema";
import type { TApiRoute } from "../api-route";
import { EXAMPLE_TIME } from "../examples";

export const statsRoutes: TApiRoute[] = [
  {
    method: "get",
    path: "/api/v1/stats",
    tag: "Operations",
    summary: "Delivery statistics",
    description: "The dashboard's figures for a time range, optionally for one channel and one type (`job.*` for a family): events received, outcomes, success rate, latency percentiles, sends over time, top failures, the queue, open incidents and active maintenance.",
    access: { scopes: ["notifications:read"] },
    params: { query: ZStatsQuery },
    response: {
      status: 200,
      description: "The figures",
      body: {
        schema: ZStatsOverview,
        example: {
          range: "24h",
          channel: null,
          type: null,
          from: "2026-11-30T09:30:00.000Z",
          to: EXAMPLE_TIME,
          bucket_seconds: 3600,
          totals: { received_events: 1204, created: 980, sent: 951, failed: 12, dead_lettered: 1, deferred: 9, suppressed: 40, folded: 5, cancelled: 0, in_flight: 2 },
          success_rate: 0.986,
          latency_ms: { p50: 180, p95: 1450, p99: 5200, deliveries: 951, method: "exact" },
          sends_over_time: [{ start: "2026-12-01T08:00:00.000Z", email: 30, slack: 12, teams: 0, webhook: 4, sms: 1 }],
          top_failing_destinations: [{ destination: "slack:3", label: "ops-slack", channel: "slack", failures: 7, last_error: "HTTP 404 channel_not_found", last_failed_at: EXAMPLE_TIME }],
          top_errors: [{ error_type: "gone", channel: "slack", count: 7, last_reply: "channel_not_found", last_at: EXAMPLE_TIME }],
          queue: { running: true, paused: false, workers: 1, queued: 3, scheduled: 12, in_progress: 1, oldest_waiting_since: EXAMPLE_TIME, sends_per_minute: 4.5, open_circuits: 0 },
          incidents: { open: 1, latest: [{ id: 12, title: "nightly-backup failed on db-01", severity: "critical", status: "triggered", triggered_at: EXAMPLE_TIME }] },
          maintenance: { active: [] },
          generated_at: EXAMPLE_TIME,
        },
      },
    },
    errors: [400, 429],
  },
];
