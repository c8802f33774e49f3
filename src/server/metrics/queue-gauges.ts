import { db } from "@/server/db/client";
import { getWorkerStatus } from "@/server/delivery/worker-status";

export type TQueueGauges = {
  queued: number;
  scheduled: number;
  running: number;
  oldestQueuedAgeSeconds: number;
  deadLetters: number;
  openCircuits: number;
  workersAlive: number;
  paused: boolean;
};

/**
 * The state of the queue and the workers right now, as the Queue page sees it
 * (the same getWorkerStatus), plus how long the oldest runnable job has waited
 * — the figure that rises when no worker takes jobs — and the dead-letter queue's size.
 */
export async function queueGauges(): Promise<TQueueGauges> {
  const [status, [extra]] = await Promise.all([
    getWorkerStatus(),
    db().$queryRaw<{ oldest: number; dead_letters: number }[]>`
      select coalesce(extract(epoch from now() - min(run_at)), 0)::float8 as oldest,
             (select count(*) from dlq)::float8 as dead_letters
        from graphile_worker._private_jobs
       where locked_at is null and run_at <= now() and attempts < max_attempts`,
  ]);
  return {
    queued: status.jobs.queued,
    scheduled: status.jobs.scheduled,
    running: status.jobs.locked,
    oldestQueuedAgeSeconds: Math.max(0, extra?.oldest ?? 0),
    deadLetters: extra?.dead_letters ?? 0,
    openCircuits: status.open_circuits.length,
    workersAlive: status.workers.length,
    paused: status.paused,
  };
}
