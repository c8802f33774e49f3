import { db } from "@/server/db/client";
import { getWorkerStatus } from "@/server/delivery/worker-status";

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

/** The queue as the Queue page sees it (getWorkerStatus), plus how long the oldest ready job waits and the current send rate. Not filtered: there is one queue. */
export async function queueFigures(now: Date): Promise<TQueueFigures> {
  const [status, oldest, recent] = await Promise.all([
    getWorkerStatus(),
    db().$queryRaw<{ at: Date | null }[]>`
      select min(run_at) as at from graphile_worker._private_jobs where locked_at is null and run_at <= now() and attempts < max_attempts`,
    db().$queryRaw<{ count: number }[]>`
      select count(*)::int as count from notifications where sent_at >= ${new Date(now.getTime() - THROUGHPUT_WINDOW_MS)}::timestamp and sent_at < ${now}::timestamp`,
  ]);
  return {
    running: status.running,
    paused: status.paused,
    workers: status.workers.length,
    queued: status.jobs.queued,
    scheduled: status.jobs.scheduled,
    inProgress: status.jobs.locked,
    oldestWaitingSince: oldest[0]?.at ?? null,
    sendsPerMinute: Math.round(((recent[0]?.count ?? 0) / (THROUGHPUT_WINDOW_MS / 60_000)) * 10) / 10,
    openCircuits: status.open_circuits.length,
  };
}
