import { db } from "@/server/db/client";
import { listOpenCircuits } from "@/server/delivery/transport-circuit";
import { isDeliveryPaused } from "@/server/delivery/worker-control";
import { liveWorkers } from "@/server/health/worker-heartbeat";

const THROUGHPUT_WINDOW_MS = 5 * 60_000;

export type TQueueFigures = {
  running: boolean;
  paused: boolean;
  workers: number;
  queued: number;
  scheduled: number;
  inProgress: number;
  /** When the longest-waiting job that is ready to run became due; null when none waits. */
  oldestWaitingSince: Date | null;
  /** Deliveries per minute over the last five minutes. */
  sendsPerMinute: number;
  openCircuits: number;
};

/**
 * The queue now, from the pieces the Queue page's status is made of (workers,
 * pause switch, open circuits, graphile-worker's jobs) — not getWorkerStatus
 * itself, whose "failed in the last hour" reads every failed row and is not
 * shown here. Not filtered: there is one queue.
 */
export async function queueFigures(now: Date): Promise<TQueueFigures> {
  const [workers, paused, circuits, [jobs], [recent]] = await Promise.all([
    liveWorkers(),
    isDeliveryPaused(),
    listOpenCircuits(),
    db().$queryRaw<{ queued: number; scheduled: number; locked: number; oldest: Date | null }[]>`
      select count(*) filter (where locked_at is null and run_at <= now() and attempts < max_attempts)::int as queued,
             count(*) filter (where locked_at is null and run_at > now() and attempts < max_attempts)::int as scheduled,
             count(*) filter (where locked_at is not null)::int as locked,
             min(run_at) filter (where locked_at is null and run_at <= now() and attempts < max_attempts) as oldest
      from graphile_worker._private_jobs`,
    db().$queryRaw<{ count: number }[]>`
      select count(*)::int as count from notifications where sent_at >= ${new Date(now.getTime() - THROUGHPUT_WINDOW_MS)}::timestamp and sent_at < ${now}::timestamp`,
  ]);
  return {
    running: workers.length > 0,
    paused,
    workers: workers.length,
    queued: jobs?.queued ?? 0,
    scheduled: jobs?.scheduled ?? 0,
    inProgress: jobs?.locked ?? 0,
    oldestWaitingSince: jobs?.oldest ?? null,
    sendsPerMinute: Math.round(((recent?.count ?? 0) / (THROUGHPUT_WINDOW_MS / 60_000)) * 10) / 10,
    openCircuits: circuits.length,
  };
}
