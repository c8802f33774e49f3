import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { consoleLogFactory, Logger, makeWorkerUtils, parseCronItems, run, type Runner, type WorkerEvents, type WorkerUtils } from "graphile-worker";
import pg from "pg";
import { env } from "@/env";
import { closeSmtpTransports } from "@/server/channels/email/smtp-transport";
import { verifyEncryptionKey } from "@/server/crypto/verify-encryption-key";
import { disconnectDb } from "@/server/db/client";
import { isDeliveryPaused } from "@/server/delivery/worker-control";
import { dropAbandonedCircuits } from "@/server/delivery/transport-circuit";
import { claimDeadWorkers, HEARTBEAT_INTERVAL_MS, HEARTBEAT_STALE_AFTER_MS, recordHeartbeat, removeHeartbeat, type THeartbeatConnection } from "@/server/health/worker-heartbeat";
import { forbiddenFlags } from "./forbidden-flags";
import { stopRoutingThread } from "./route-in-thread";
import { cronItems, taskList } from "./task-list";

const PAUSE_POLL_MS = 1_000;

// graphile-worker logs two info lines per job; at hundreds of emails a second
// that is noise and a measurable share of the worker's CPU. Warnings and
// errors still go to the console. (LogLevel is a const enum: compare strings.)
const workerLogger = new Logger((scope) => {
  const log = consoleLogFactory(scope);
  return (level, message) => {
    if (level === "error" || level === "warning") log(level, message);
  };
});

export type TNotifyWorker = { workerId: string; stop: () => Promise<void> };

export type TWorkerOptions = {
  concurrency?: number;
  pollInterval?: number;
  heartbeatIntervalMs?: number;
  /** After this long without a heartbeat another worker's jobs are unlocked for us. */
  staleAfterMs?: number;
};

/**
 * Starts graphile-worker on the app's database with every task, a heartbeat
 * (health, and crash recovery: a survivor unlocks the jobs of a worker whose
 * heartbeat stopped, instead of graphile-worker's 4-hour default), and the
 * pause/circuit switches. Event routing is handed to a thread of its own
 * (route-in-thread.ts). `stop()` lets in-flight jobs finish or releases them.
 */
export async function startWorker(options: TWorkerOptions = {}): Promise<TNotifyWorker> {
  const { DATABASE_URL, WORKER_CONCURRENCY } = env();
  await verifyEncryptionKey();
  const concurrency = options.concurrency ?? WORKER_CONCURRENCY;
  const heartbeatIntervalMs = options.heartbeatIntervalMs ?? HEARTBEAT_INTERVAL_MS;
  const staleAfterMs = options.staleAfterMs ?? HEARTBEAT_STALE_AFTER_MS;
  const workerId = `notify-${randomUUID()}`;

  const pgPool = new pg.Pool({ connectionString: DATABASE_URL, max: concurrency + 4, options: "-c TimeZone=UTC" });
  // An idle connection dropped by the server must not crash the worker; the pool reconnects.
  const logConnectionError = (error: Error) => console.error("[worker] database connection error:", error.message);
  pgPool.on("error", logConnectionError);
  pgPool.on("connect", (client) => client.on("error", logConnectionError));

  const graphileWorkerIds = new Set<string>();
  const events: WorkerEvents = new EventEmitter();
  // Subscribed before run(): the pool and its workers are created while it starts.
  // Jobs are locked under the pool's id, queues under a worker's: keep both.
  events.on("pool:create", ({ workerPool }) => graphileWorkerIds.add(workerPool.id));
  events.on("worker:create", ({ worker }) => graphileWorkerIds.add(worker.workerId));
  const runnerOptions = {
    events,
    logger: workerLogger,
    pgPool,
    taskList,
    parsedCronItems: parseCronItems(cronItems),
    concurrency,
    pollInterval: options.pollInterval ?? 1000,
    forbiddenFlags: forbiddenFlags(),
    noHandleSignals: true,
    gracefulShutdownAbortTimeout: 20_000,
    preset: {
      worker: {
        // Completions of one tick go back in one statement instead of one each.
        // A crash can lose at most that tick's completions: the re-run job finds
        // its notification SENT and does not send again. (graphile-worker's
        // localQueue would batch fetches too, but 0.17.3 fails to return its
        // queued jobs on a graceful stop, leaving them locked for 4 hours.)
        completeJobBatchDelay: 0,
      },
    },
  };

  // While sending is paused the runner is stopped (in-flight jobs finish, the
  // rest wait in the queue) rather than told to skip every job: skipping makes
  // each fetch scan the whole backlog, which grows with every job added.
  let runner: Runner | null = null;
  let stopping: Promise<void> | undefined;
  const applyPauseSwitch = async () => {
    const paused = await isDeliveryPaused();
    if (paused && runner) {
      const pausedRunner = runner;
      runner = null;
      await pausedRunner.stop();
      graphileWorkerIds.clear();
    } else if (!paused && !runner && !stopping) {
      runner = await run(runnerOptions);
    }
  };
  let switching = applyPauseSwitch();
  await switching;
  const pauseWatch = setInterval(() => {
    switching = switching.then(applyPauseSwitch).catch((error) => console.error("[worker] pause switch failed:", error));
  }, PAUSE_POLL_MS);
  const workerUtils: WorkerUtils = await makeWorkerUtils({ pgPool, logger: workerLogger });
  const heartbeatConnection = await openHeartbeatConnection(DATABASE_URL);

  const beat = async () => {
    await recordHeartbeat(heartbeatConnection, workerId, [...graphileWorkerIds]);
    const dead = await claimDeadWorkers(heartbeatConnection, staleAfterMs);
    if (dead.length) {
      await workerUtils.forceUnlockWorkers(dead);
      console.log(`[worker] released the jobs of ${dead.length} stopped worker(s)`);
    }
    const abandoned = await dropAbandonedCircuits();
    if (abandoned.length) console.log(`[worker] closed ${abandoned.length} circuit(s) no job waits on any more: ${abandoned.join(", ")}`);
  };
  await beat();
  const heartbeat = setInterval(() => beat().catch((error) => console.error("[worker] heartbeat failed:", error)), heartbeatIntervalMs);

  const stop = () =>
    (stopping ??= (async () => {
      clearInterval(heartbeat);
      clearInterval(pauseWatch);
      await switching.catch(() => undefined);
      await runner?.stop();
      await stopRoutingThread();
      await removeHeartbeat(heartbeatConnection, workerId).catch(() => undefined);
      await heartbeatConnection.end().catch(() => undefined);
      await workerUtils.release();
      closeSmtpTransports();
      await pgPool.end();
      await disconnectDb();
    })());
  return { workerId, stop };
}

/**
 * The heartbeat's own connection, outside every pool: jobs that hold all
 * pooled connections cannot make a live worker look dead. A dropped
 * connection is replaced on the next beat.
 */
async function openHeartbeatConnection(connectionString: string): Promise<THeartbeatConnection & { end: () => Promise<void> }> {
  let client: pg.Client | null = null;
  const connect = async () => {
    const fresh = new pg.Client({ connectionString, application_name: "notify-worker-heartbeat", options: "-c TimeZone=UTC" });
    fresh.on("error", (error) => {
      console.error("[worker] heartbeat connection error:", error.message);
      if (client === fresh) client = null;
    });
    await fresh.connect();
    client = fresh;
    return fresh;
  };
  await connect();
  return {
    query: async (text, values) => (client ?? (await connect())).query(text, values),
    end: async () => client?.end(),
  };
}
