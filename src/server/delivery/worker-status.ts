import { z } from "zod";
import { db } from "@/server/db/client";
import { liveWorkers } from "@/server/health/worker-heartbeat";
import { listOpenCircuits } from "./transport-circuit";
import { isDeliveryPaused } from "./worker-control";

/** What GET /api/v1/worker/status and the Queue page show: is anything sending, and how is it going. */
export const ZWorkerStatus = z.object({
  running: z.boolean().meta({ description: "At least one worker's heartbeat is fresh" }),
  paused: z.boolean(),
  workers: z.array(z.object({ id: z.string(), hostname: z.string(), pid: z.number().int(), started_at: z.string(), last_seen_at: z.string() })),
  last_heartbeat: z.string().nullable(),
  jobs: z.object({ queued: z.number().int(), scheduled: z.number().int(), locked: z.number().int() }),
  last_hour: z.object({ sent: z.number().int(), failed: z.number().int() }),
  open_circuits: z.array(z.object({ transport: z.string(), since: z.string(), next_probe_at: z.string(), failures: z.number().int(), last_error: z.string().nullable() })),
});
export type TWorkerStatus = z.output<typeof ZWorkerStatus>;

export async function getWorkerStatus(): Promise<TWorkerStatus> {
  const hourAgo = new Date(Date.now() - 3_600_000);
  const [workers, paused, jobs, sent, failed, circuits] = await Promise.all([
    liveWorkers(),
    isDeliveryPaused(),
    db().$queryRaw<{ queued: bigint; scheduled: bigint; locked: bigint }[]>`
      select count(*) filter (where locked_at is null and run_at <= now() and attempts < max_attempts) as queued,
             count(*) filter (where locked_at is null and run_at > now() and attempts < max_attempts) as scheduled,
             count(*) filter (where locked_at is not null) as locked
      from graphile_worker._private_jobs`,
    db().notification.count({ where: { status: "SENT", sentAt: { gte: hourAgo } } }),
    db().notification.count({ where: { status: { in: ["FAILED", "DEAD"] }, updatedAt: { gte: hourAgo } } }),
    listOpenCircuits(),
  ]);
  const counts = jobs[0];
  return {
    running: workers.length > 0,
    paused,
    workers: workers.map((w) => ({ id: w.workerId, hostname: w.hostname, pid: w.pid, started_at: w.startedAt.toISOString(), last_seen_at: w.lastSeenAt.toISOString() })),
    last_heartbeat: workers[0]?.lastSeenAt.toISOString() ?? null,
    jobs: { queued: Number(counts?.queued ?? 0), scheduled: Number(counts?.scheduled ?? 0), locked: Number(counts?.locked ?? 0) },
    last_hour: { sent, failed },
    open_circuits: circuits.map((c) => ({ transport: c.transportKey, since: c.openedAt.toISOString(), next_probe_at: c.nextProbeAt.toISOString(), failures: c.failures, last_error: c.lastError })),
  };
}
