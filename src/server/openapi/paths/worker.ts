import { ZDeliveryPauseState } from "@/server/delivery/worker-control";
import { ZWorkerStatus } from "@/server/delivery/worker-status";
import { ZHealthReport } from "@/server/health/check-health";
import type { TApiRoute } from "../api-route";
import { EXAMPLE_TIME } from "../examples";

const tag = "Operations";
const admin = { scopes: ["admin"] } as const;

export const workerRoutes: TApiRoute[] = [
  {
    method: "get",
    path: "/api/v1/notification/health",
    tag,
    summary: "Health",
    description: "Database and worker liveness: 200 when both are up, 503 otherwise. `smtp.configured` says whether email has a server; it is not part of the status.",
    access: "public",
    response: {
      status: 200,
      description: "Healthy (the same body with 503 when degraded)",
      body: {
        schema: ZHealthReport,
        example: { status: "ok", database: { ok: true, latency_ms: 2 }, worker: { ok: true, live_workers: 1, last_heartbeat: EXAMPLE_TIME }, smtp: { configured: true, source: "database" }, checked_at: EXAMPLE_TIME },
      },
    },
    errors: [503],
  },
  {
    method: "get",
    path: "/api/v1/worker/status",
    tag,
    summary: "Worker status",
    description: "Running, paused, jobs queued / scheduled / locked, the workers' heartbeats, sent and failed in the last hour, open circuits.",
    access: { scopes: ["notifications:read"] },
    response: {
      status: 200,
      description: "The status",
      body: {
        schema: ZWorkerStatus,
        example: {
          running: true,
          paused: false,
          workers: [{ id: "worker-1f3a", hostname: "notify-01", pid: 4242, started_at: "2026-12-01T06:00:00.000Z", last_seen_at: EXAMPLE_TIME }],
          last_heartbeat: EXAMPLE_TIME,
          jobs: { queued: 3, scheduled: 12, locked: 1 },
          last_hour: { sent: 418, failed: 2 },
          open_circuits: [],
        },
      },
    },
    errors: [429],
  },
  {
    method: "post",
    path: "/api/v1/notification/worker/stop",
    tag,
    summary: "Pause sending",
    description: "Pauses sending on every worker; jobs stay queued and none is lost.",
    access: admin,
    response: { status: 200, description: "Paused", body: { schema: ZDeliveryPauseState, example: { paused: true } } },
    errors: [429],
  },
  {
    method: "post",
    path: "/api/v1/notification/worker/start",
    tag,
    summary: "Resume sending",
    access: admin,
    response: { status: 200, description: "Sending", body: { schema: ZDeliveryPauseState, example: { paused: false } } },
    errors: [429],
  },
];
