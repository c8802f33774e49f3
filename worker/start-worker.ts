import { randomUUID } from "node:crypto";
import { run, type Runner } from "graphile-worker";
import pg from "pg";
import { env } from "@/env";
import { closeSmtpTransports } from "@/server/channels/email/smtp-transport";
import { disconnectDb } from "@/server/db/client";
import { HEARTBEAT_INTERVAL_MS, recordHeartbeat, removeHeartbeat } from "@/server/health/worker-heartbeat";
import { taskList } from "./task-list";

export type TNotifyWorker = { workerId: string; stop: () => Promise<void> };

/**
 * Starts graphile-worker on the app's database with every task, and a heartbeat
 * the health endpoint reads. `stop()` lets in-flight jobs finish (or releases
 * them) before closing connections.
 */
export async function startWorker(options: { concurrency?: number; pollInterval?: number } = {}): Promise<TNotifyWorker> {
  const { DATABASE_URL, WORKER_CONCURRENCY } = env();
  const workerId = `notify-${randomUUID()}`;
  const pgPool = new pg.Pool({ connectionString: DATABASE_URL, max: (options.concurrency ?? WORKER_CONCURRENCY) + 4 });
  // An idle connection dropped by the server must not crash the worker; the pool reconnects.
  const logConnectionError = (error: Error) => console.error("[worker] database connection error:", error.message);
  pgPool.on("error", logConnectionError);
  pgPool.on("connect", (client) => client.on("error", logConnectionError));
  const runner: Runner = await run({
    pgPool,
    taskList,
    parsedCronItems: [],
    concurrency: options.concurrency ?? WORKER_CONCURRENCY,
    pollInterval: options.pollInterval ?? 1000,
    noHandleSignals: true,
    gracefulShutdownAbortTimeout: 20_000,
  });

  await recordHeartbeat(workerId);
  const heartbeat = setInterval(() => {
    recordHeartbeat(workerId).catch((error) => console.error("[worker] heartbeat failed:", error));
  }, HEARTBEAT_INTERVAL_MS);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      clearInterval(heartbeat);
      await runner.stop();
      await removeHeartbeat(workerId).catch(() => undefined);
      closeSmtpTransports();
      await pgPool.end();
      await disconnectDb();
    })());
  return { workerId, stop };
}
