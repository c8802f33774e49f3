import pg from "pg";
import type { createApiClient, TPosted } from "../support/api-client";
import { startCpuMeter, startRssSampler, type TCpuSources, type TCpuUse } from "../support/cpu-meter";
import { runClosedLoop, runOpenLoop } from "../support/load";
import { notificationRequestBody } from "../support/sample-notification";
import type { TSmtpSink } from "../support/smtp-sink";
import { perSecond, summarize, type TLatencySummary } from "../support/stats";

export type TRealPath = {
  api: ReturnType<typeof createApiClient>;
  sink: TSmtpSink;
  workerPid: number;
  cpuSources: TCpuSources;
  setDeliveryPaused: (paused: boolean) => Promise<void>;
  /** The bench's own connection, for reading attempt rows and queue length. */
  pool: pg.Pool;
};

// Generous: at the measured rates 20,000 messages drain in well under a minute,
// but the machine is shared, so only a stall (no progress at all) is fatal.
const STALL_TIMEOUT_MS = 120_000;
let nextIndex = 0;

async function postMany(path: TRealPath, count: number, concurrency: number, body: (index: number) => string = notificationRequestBody): Promise<TPosted[]> {
  const results = await runClosedLoop(count, concurrency, () => path.api.postNotification(body(nextIndex++)));
  return results.filter((posted) => posted !== null);
}

function acceptTimes(path: TRealPath, posted: TPosted[]): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const { id } of posted) {
    const at = path.sink.accepted.get(id) ?? NaN;
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  return { first, last };
}

function enqueueToAccepted(path: TRealPath, posted: TPosted[]): number[] {
  return posted.map(({ id, acceptedAt }) => (path.sink.accepted.get(id) ?? NaN) - acceptedAt);
}

/** A few hundred notifications end to end, so JIT, pools and lazy route modules are warm. */
export async function warmUp(path: TRealPath, count: number, concurrency: number): Promise<void> {
  const posted = await postMany(path, count, concurrency);
  await path.sink.waitFor(posted.map((p) => p.id), STALL_TIMEOUT_MS);
}

export type TLiveThroughput = {
  /** Accepted by the API (202); `refused` got an error instead. */
  notifications: number;
  refused: number;
  /** First POST sent to last SMTP accept: the real path's rate. */
  elapsedMs: number;
  perSecond: number;
  api: { elapsedMs: number; perSecond: number; responseMs: TLatencySummary };
  enqueueToAcceptedMs: TLatencySummary;
  workerRssMb: { peak: number | null };
  cpuCores: TCpuUse;
};

/** `count` notifications as fast as the API takes them, with the worker sending meanwhile. */
export async function runLiveThroughput(path: TRealPath, count: number, concurrency: number): Promise<TLiveThroughput> {
  const cpu = startCpuMeter(path.cpuSources);
  const rss = startRssSampler(path.workerPid);
  const startedAt = performance.now();
  const posted = await postMany(path, count, concurrency);
  const postedAt = performance.now();
  await path.sink.waitFor(posted.map((p) => p.id), STALL_TIMEOUT_MS);
  const { last } = acceptTimes(path, posted);
  return {
    notifications: posted.length,
    refused: count - posted.length,
    elapsedMs: Math.round(last - startedAt),
    perSecond: perSecond(posted.length, last - startedAt),
    api: {
      elapsedMs: Math.round(postedAt - startedAt),
      perSecond: perSecond(posted.length, postedAt - startedAt),
      responseMs: summarize(posted.map((p) => p.acceptedAt - p.sentAt)),
    },
    enqueueToAcceptedMs: summarize(enqueueToAccepted(path, posted)),
    workerRssMb: { peak: rss.stop().peakMb },
    cpuCores: cpu.stop(),
  };
}

export type TQueuedDrain = {
  notifications: number;
  refused: number;
  enqueue: { elapsedMs: number; perSecond: number; responseMs: TLatencySummary; cpuCores: TCpuUse };
  queued: { jobsInQueue: number; workerRssMb: number | null; holdSeconds: number };
  drain: {
    /** First to last SMTP accept after resuming. */
    elapsedMs: number;
    perSecond: number;
    /** Including the worker noticing the resume (pause state is cached for up to 1 s, then the next poll). */
    fromResumeMs: number;
    workerRssPeakMb: number | null;
    cpuCores: TCpuUse;
  };
};

/**
 * Sending paused, `count` notifications enqueued (the API alone), the worker's
 * memory read while they all wait, then sending resumed and the drain timed
 * (the worker alone).
 */
export async function runQueuedDrain(path: TRealPath, count: number, concurrency: number, options: { holdSeconds?: number; body?: (index: number) => string } = {}): Promise<TQueuedDrain> {
  const { holdSeconds = 3, body } = options;
  await path.setDeliveryPaused(true);
  // The worker re-reads the pause switch at most once a second.
  await new Promise((resolve) => setTimeout(resolve, 1_500));

  const queuedRss = startRssSampler(path.workerPid);
  const enqueueCpu = startCpuMeter(path.cpuSources);
  const startedAt = performance.now();
  const posted = await postMany(path, count, concurrency, body);
  const enqueueMs = performance.now() - startedAt;
  const enqueueCpuCores = enqueueCpu.stop();
  await new Promise((resolve) => setTimeout(resolve, holdSeconds * 1000));
  const { rows } = await path.pool.query<{ count: number }>("select count(*)::int as count from graphile_worker.jobs where locked_at is null");
  const queuedRssMb = queuedRss.stop().peakMb;

  const drainRss = startRssSampler(path.workerPid);
  const drainCpu = startCpuMeter(path.cpuSources);
  const resumedAt = performance.now();
  await path.setDeliveryPaused(false);
  await path.sink.waitFor(posted.map((p) => p.id), STALL_TIMEOUT_MS);
  const { first, last } = acceptTimes(path, posted);
  return {
    notifications: posted.length,
    refused: count - posted.length,
    enqueue: { elapsedMs: Math.round(enqueueMs), perSecond: perSecond(posted.length, enqueueMs), responseMs: summarize(posted.map((p) => p.acceptedAt - p.sentAt)), cpuCores: enqueueCpuCores },
    queued: { jobsInQueue: rows[0]?.count ?? 0, workerRssMb: queuedRssMb, holdSeconds },
    drain: {
      elapsedMs: Math.round(last - first),
      perSecond: perSecond(posted.length, last - first),
      fromResumeMs: Math.round(last - resumedAt),
      workerRssPeakMb: drainRss.stop().peakMb,
      cpuCores: drainCpu.stop(),
    },
  };
}

export type TStageBreakdown = {
  /** POST accepted -> the worker's attempt row (queue wait, job fetch, notification read, gate). */
  pickupMs: TLatencySummary;
  /** The attempt's own timing: render + SMTP config + SMTP send. */
  renderAndSendMs: TLatencySummary;
};

export type TLatencyRun = {
  label: string;
  targetRate: number;
  achievedRate: number;
  seconds: number;
  maxScheduleLagMs: number;
  notifications: number;
  refused: number;
  enqueueToAcceptedMs: TLatencySummary;
  apiResponseMs: TLatencySummary;
  stages: TStageBreakdown;
  cpuCores: TCpuUse;
};

/** Open-loop POSTs at `rate`/s for `seconds`; enqueue (POST accepted) -> SMTP accepted. */
export async function runLatency(path: TRealPath, label: string, rate: number, seconds: number): Promise<TLatencyRun> {
  const posted: TPosted[] = [];
  const cpu = startCpuMeter(path.cpuSources);
  const paced = await runOpenLoop(rate, seconds * 1000, async () => {
    const result = await path.api.postNotification(notificationRequestBody(nextIndex++));
    if (result) posted.push(result);
  });
  await path.sink.waitFor(posted.map((p) => p.id), STALL_TIMEOUT_MS);
  const cpuCores = cpu.stop();
  return {
    label,
    targetRate: rate,
    achievedRate: paced.achievedRate,
    seconds,
    maxScheduleLagMs: paced.maxLagMs,
    notifications: posted.length,
    refused: paced.sent - posted.length,
    enqueueToAcceptedMs: summarize(enqueueToAccepted(path, posted)),
    apiResponseMs: summarize(posted.map((p) => p.acceptedAt - p.sentAt)),
    stages: await stageBreakdown(path, posted),
    cpuCores,
  };
}

/** Splits the latency at the attempt row the worker writes before rendering. */
async function stageBreakdown(path: TRealPath, posted: TPosted[]): Promise<TStageBreakdown> {
  const { rows } = await path.pool.query<{ id: string; started_ms: number; duration_ms: number }>(
    `select notification_id::text as id, extract(epoch from started_at) * 1000 as started_ms, duration_ms
       from delivery_attempts where notification_id = any($1::int[]) and attempt_number = 1`,
    [posted.map((p) => Number(p.id))],
  );
  const acceptedAt = new Map(posted.map((p) => [p.id, performance.timeOrigin + p.acceptedAt]));
  return {
    pickupMs: summarize(rows.map((row) => Number(row.started_ms) - (acceptedAt.get(row.id) ?? NaN))),
    renderAndSendMs: summarize(rows.map((row) => row.duration_ms)),
  };
}
