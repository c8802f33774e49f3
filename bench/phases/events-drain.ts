import type pg from "pg";
import { startCpuMeter, startRssSampler, type TCpuUse } from "../support/cpu-meter";
import { perSecond, summarize, type TLatencySummary } from "../support/stats";
import { postEventBodies } from "./events-ingest";
import { waitUntilAllRouted } from "./events-routing";
import type { TRealPath } from "./real-path";

// As runQueuedDrain: sending is only paused once every worker re-read the switch (at most 1 s).
const PAUSE_SETTLE_MS = 1_500;
const STALL_TIMEOUT_MS = 120_000;

export type TRoutedDrain = {
  events: number;
  eventsPerRequest: number;
  refused: number;
  /** Notifications routing made of them (one per event by design). */
  notifications: number;
  ingest: { elapsedMs: number; perSecond: number; requestMs: TLatencySummary };
  drain: {
    /** Resume -> every event routed (seen by a 200 ms poll). */
    routedMs: number;
    /** Resume -> the last SMTP accept: the figure compared with the direct drain's. */
    fromResumeMs: number;
    perSecond: number;
    firstToLastMs: number;
    workerRssPeakMb: number | null;
    cpuCores: TCpuUse;
  };
};

/**
 * Phase 3b: like runQueuedDrain, but the backlog is events. Sending paused,
 * the bodies posted, a hold, then resume: routing and delivery both run in
 * the drain, from resume to the last message accepted by the sink.
 */
export async function runRoutedDrain(path: TRealPath, bodies: string[], inFlight: number, holdSeconds = 3): Promise<TRoutedDrain> {
  await path.setDeliveryPaused(true);
  await new Promise((resolve) => setTimeout(resolve, PAUSE_SETTLE_MS));
  const startedAt = performance.now();
  const posted = await postEventBodies(path, bodies, inFlight);
  const ingestMs = performance.now() - startedAt;
  const ids = posted.flatMap((answer) => answer.ids);
  await new Promise((resolve) => setTimeout(resolve, holdSeconds * 1000));

  const rss = startRssSampler(path.workerPid);
  const cpu = startCpuMeter(path.cpuSources);
  const resumedAt = performance.now();
  await path.setDeliveryPaused(false);
  const routedAt = await waitUntilAllRouted(path.pool);
  const { rows } = await path.pool.query<{ id: string }>("select id::text from notifications where event_id = any($1::uuid[])", [ids]);
  const keys = rows.map((row) => row.id);
  await path.sink.waitFor(keys, STALL_TIMEOUT_MS);
  const cpuCores = cpu.stop();
  const times = keys.map((key) => path.sink.accepted.get(key) ?? NaN);
  const first = Math.min(...times);
  const last = Math.max(...times);
  return {
    events: ids.length,
    eventsPerRequest: Math.round(ids.length / Math.max(1, posted.length)),
    refused: bodies.length - posted.length,
    notifications: keys.length,
    ingest: { elapsedMs: Math.round(ingestMs), perSecond: perSecond(ids.length, ingestMs), requestMs: summarize(posted.map((answer) => answer.acceptedAt - answer.sentAt)) },
    drain: {
      routedMs: Math.round(routedAt - resumedAt),
      fromResumeMs: Math.round(last - resumedAt),
      perSecond: perSecond(keys.length, last - resumedAt),
      firstToLastMs: Math.round(last - first),
      workerRssPeakMb: rss.stop().peakMb,
      cpuCores,
    },
  };
}

export type TQueueState = { jobs: number; runLater: number };

/** What waits in graphile-worker's queue: phase 2 leaves its deferred deliveries there, due in an hour. */
export async function queueState(pool: pg.Pool): Promise<TQueueState> {
  const { rows } = await pool.query<TQueueState>(`select count(*)::int as jobs, (count(*) filter (where run_at > now()))::int as "runLater" from graphile_worker.jobs`);
  return rows[0] ?? { jobs: 0, runLater: 0 };
}
