import { randomUUID } from "node:crypto";
import { makeWorkerUtils, parseCronItems, type WorkerUtils } from "graphile-worker";
import pg from "pg";
import { env } from "@/env";
import { closeSmtpTransports } from "@/server/channels/email/smtp-transport";
import { verifyEncryptionKey } from "@/server/crypto/verify-encryption-key";
import { disconnectDb } from "@/server/db/client";
import { dropAbandonedCircuits } from "@/server/delivery/transport-circuit";
import { claimDeadWorkers, HEARTBEAT_INTERVAL_MS, HEARTBEAT_STALE_AFTER_MS, recordHeartbeat, removeHeartbeat, type THeartbeatConnection } from "@/server/health/worker-heartbeat";
import { forbiddenFlags } from "./forbidden-flags";
import { openWorkerPool, startRunnerLane, workerLogger } from "./runner-lane";
import { startRoutingThread } from "./start-routing-thread";
import { cronItems, deliveryTaskList } from "./task-list";

export type TNotifyWorker = { workerId: string; stop: () => Promise<void> };

export type TWorkerOptions = {
  concurrency?: number;
  pollInterval?: number;
  heartbeatIntervalMs?: number;
  /** After this long without a heartbeat another worker's jobs are unlocked for us. */
  staleAfterMs?: number;
  /**
   * The routing thread ended on its own: without it no event is routed, so by
   * default the worker stops (its jobs released) and the process exits with 1
   * for its supervisor to restart it.
   */
  onRoutingThreadLost?: (error: Error) => void;
};

/**
 * Starts graphile-worker on the app's database: delivery and the scheduled
 * tasks on this thread, routing on a thread of its own; a heartbeat (health,
 * and crash recovery: a survivor unlocks the jobs of a worker whose heartbeat
 * stopped, instead of graphile-worker's 4-hour default), and the pause/circuit
 * switches. `stop()` lets in-flight jobs finish or releases them.
 */
export async function startWorker(options: TWorkerOptions = {}): Promise<TNotifyWorker> {
  const { DATABASE_URL, WORKER_CONCURRENCY, WORKER_ROUTING_CONCURRENCY } = env();
  await verifyEncryptionKey();
  const concurrency = options.concurrency ?? WORKER_CONCURRENCY;
  const pollInterval = options.pollInterval ?? 1000;
  const heartbeatIntervalMs = options.heartbeatIntervalMs ?? HEARTBEAT_INTERVAL_MS;
  const staleAfterMs = options.staleAfterMs ?? HEARTBEAT_STALE_AFTER_MS;
  const workerId = `notify-${randomUUID()}`;

  const pgPool = openWorkerPool(DATABASE_URL, concurrency + 4);
  // What this worker's jobs and queues are locked under, per runner: the heartbeat publishes their union.
  let deliveryLockIds: string[] = [];
  let routingLockIds: string[] = [];
  const lockIds = () => [...deliveryLockIds, ...routingLockIds];

  let stop: () => Promise<void> = async () => undefined;
  const routingThreadLost =
    options.onRoutingThreadLost ??
    ((error: Error) => {
      console.error("[worker] the routing thread stopped; the worker stops too:", error);
      void stop().finally(() => process.exit(1));
    });
  const routing = await startRoutingThread({
    concurrency: WORKER_ROUTING_CONCURRENCY,
    pollInterval,
    onLockIds: (ids) => (routingLockIds = ids),
    onUnexpectedExit: routingThreadLost,
  });
  const delivery = await startRunnerLane(
    {
      pgPool,
      taskList: deliveryTaskList,
      parsedCronItems: parseCronItems(cronItems),
      concurrency,
      pollInterval,
      forbiddenFlags: forbiddenFlags(),
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
    },
    (ids) => (deliveryLockIds = ids),
  ).catch(async (error: unknown) => {
    await routing.stop();
    throw error;
  });
  const workerUtils: WorkerUtils = await makeWorkerUtils({ pgPool, logger: workerLogger });
  const heartbeatConnection = await openHeartbeatConnection(DATABASE_URL);

  const beat = async () => {
    await recordHeartbeat(heartbeatConnection, workerId, lockIds());
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

  let stopping: Promise<void> | undefined;
  stop = () =>
    (stopping ??= (async () => {
      clearInterval(heartbeat);
      await Promise.all([delivery.stop(), routing.stop()]);
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
