import { EventEmitter } from "node:events";
import { Logger, makeWorkerUtils, run, type WorkerEvents } from "graphile-worker";
import pg from "pg";
import { runOpenLoop } from "../support/load";
import { perSecond, summarize, type TLatencySummary } from "../support/stats";

export type TGraphileBaseline = {
  concurrency: number;
  drain: { jobs: number; elapsedMs: number; perSecond: number };
  latency: { rate: number; achievedRate: number; seconds: number } & TLatencySummary;
};

const TASK = "bench__noop";
const quietLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`[graphile-baseline] ${level}: ${message}`);
});

/**
 * graphile-worker alone with a no-op task, configured like the app's worker
 * (same pool size, concurrency, poll interval, no batching): the ceiling for
 * the queue leg. Drain: `count` jobs queued up front. Latency: jobs added one
 * by one at 10% of the drain rate, timed from add to the task starting.
 */
export async function runGraphileBaseline(options: { databaseUrl: string; count: number; concurrency: number; latencySeconds: number }): Promise<TGraphileBaseline> {
  const { databaseUrl, count, concurrency, latencySeconds } = options;
  const pgPool = new pg.Pool({ connectionString: databaseUrl, max: concurrency + 4 });
  const logConnectionError = (error: Error) => console.error("[graphile-baseline] database connection error:", error.message);
  pgPool.on("error", logConnectionError);
  pgPool.on("connect", (client) => client.on("error", logConnectionError));
  const utils = await makeWorkerUtils({ pgPool, logger: quietLogger });
  const latencies: number[] = [];
  let completed = 0;
  let firstStartAt = 0;
  let lastCompleteAt = 0;
  const completions = new Set<() => void>();
  const events: WorkerEvents = new EventEmitter();
  events.on("job:start", () => (firstStartAt ||= performance.now()));
  events.on("job:complete", () => {
    completed += 1;
    lastCompleteAt = performance.now();
    for (const check of completions) check();
  });
  const completedCount = (target: number) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (completed < target) return;
        completions.delete(check);
        resolve();
      };
      completions.add(check);
      check();
    });

  try {
    for (let offset = 0; offset < count; offset += 1000) {
      const size = Math.min(1000, count - offset);
      await utils.addJobs(Array.from({ length: size }, () => ({ identifier: TASK, payload: {} })));
    }
    const runner = await run({
      pgPool,
      events,
      logger: quietLogger,
      concurrency,
      pollInterval: 1000,
      noHandleSignals: true,
      parsedCronItems: [],
      taskList: {
        [TASK]: async (payload) => {
          const addedAt = (payload as { addedAt?: number }).addedAt;
          if (addedAt !== undefined) latencies.push(performance.now() - addedAt);
        },
      },
    });
    try {
      await completedCount(count);
      const drainMs = lastCompleteAt - firstStartAt;
      const drainRate = perSecond(count, drainMs);

      const rate = Math.max(1, Math.round(drainRate / 10));
      const paced = await runOpenLoop(rate, latencySeconds * 1000, async () => {
        await utils.addJob(TASK, { addedAt: performance.now() });
      });
      await completedCount(count + paced.sent);
      return {
        concurrency,
        drain: { jobs: count, elapsedMs: Math.round(drainMs), perSecond: drainRate },
        latency: { rate, achievedRate: paced.achievedRate, seconds: latencySeconds, ...summarize(latencies) },
      };
    } finally {
      await runner.stop();
    }
  } finally {
    await utils.release();
    await pgPool.end();
  }
}
