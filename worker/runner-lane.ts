import { EventEmitter } from "node:events";
import { consoleLogFactory, Logger, run, type Runner, type RunnerOptions, type WorkerEvents } from "graphile-worker";
import pg from "pg";
import { isDeliveryPaused } from "@/server/delivery/worker-control";

const PAUSE_POLL_MS = 1_000;

// graphile-worker logs two info lines per job; at hundreds of emails a second
// that is noise and a measurable share of the worker's CPU. Warnings and
// errors still go to the console. (LogLevel is a const enum: compare strings.)
export const workerLogger = new Logger((scope) => {
  const log = consoleLogFactory(scope);
  return (level, message) => {
    if (level === "error" || level === "warning") log(level, message);
  };
});

/** A pool for graphile-worker and the tasks; an idle connection dropped by the server must not crash the worker (the pool reconnects). */
export function openWorkerPool(connectionString: string, max: number): pg.Pool {
  const pgPool = new pg.Pool({ connectionString, max, options: "-c TimeZone=UTC" });
  const logConnectionError = (error: Error) => console.error("[worker] database connection error:", error.message);
  pgPool.on("error", logConnectionError);
  pgPool.on("connect", (client) => client.on("error", logConnectionError));
  return pgPool;
}

export type TLaneOptions = Omit<RunnerOptions, "events" | "logger" | "noHandleSignals" | "gracefulShutdownAbortTimeout">;

export type TRunnerLane = { stop: () => Promise<void> };

/**
 * A graphile-worker runner over some of the tasks (the worker runs two: delivery
 * on the main thread, routing on its own thread). While sending is paused the
 * runner is stopped (in-flight jobs finish, the rest wait in the queue) rather
 * than told to skip every job: skipping makes each fetch scan the whole backlog,
 * which grows with every job added. `onLockIds` hears the ids its jobs and
 * queues are locked under (jobs under the pool's id, queues under a worker's),
 * which the heartbeat publishes for crash recovery.
 */
export async function startRunnerLane(options: TLaneOptions, onLockIds: (ids: string[]) => void): Promise<TRunnerLane> {
  const lockIds = new Set<string>();
  const events: WorkerEvents = new EventEmitter();
  const addLockId = (id: string) => {
    lockIds.add(id);
    onLockIds([...lockIds]);
  };
  // Subscribed before run(): the pool and its workers are created while it starts.
  events.on("pool:create", ({ workerPool }) => addLockId(workerPool.id));
  events.on("worker:create", ({ worker }) => addLockId(worker.workerId));
  const runnerOptions: RunnerOptions = { ...options, events, logger: workerLogger, noHandleSignals: true, gracefulShutdownAbortTimeout: 20_000 };

  let runner: Runner | null = null;
  let stopped = false;
  const applyPauseSwitch = async () => {
    const paused = await isDeliveryPaused();
    if (paused && runner) {
      const pausedRunner = runner;
      runner = null;
      await pausedRunner.stop();
      lockIds.clear();
      onLockIds([]);
    } else if (!paused && !runner && !stopped) {
      runner = await run(runnerOptions);
    }
  };
  let switching = applyPauseSwitch();
  await switching;
  const pauseWatch = setInterval(() => {
    switching = switching.then(applyPauseSwitch).catch((error) => console.error("[worker] pause switch failed:", error));
  }, PAUSE_POLL_MS);
  return {
    stop: async () => {
      stopped = true;
      clearInterval(pauseWatch);
      await switching.catch(() => undefined);
      await runner?.stop();
    },
  };
}
