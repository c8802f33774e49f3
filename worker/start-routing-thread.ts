import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";

export type TRoutingThreadData = { entry: string; concurrency: number; pollInterval: number };
export type TRoutingThreadMessage = { kind: "ready" } | { kind: "stopped" } | { kind: "lock-ids"; ids: string[] };

export type TRoutingThread = {
  /** Lets in-flight routing jobs finish (or releases them) and ends the thread. */
  stop: () => Promise<void>;
};

type TRoutingThreadOptions = {
  concurrency: number;
  pollInterval: number;
  /** The ids the thread's jobs and queues are locked under, each time they change. */
  onLockIds: (ids: string[]) => void;
  /** The thread ended without being stopped (an error escaped a task): the worker cannot route any more. */
  onUnexpectedExit: (error: Error) => void;
};

/**
 * Routing (events__route, alerts__repeat) runs in its own thread with its own
 * graphile-worker runner: deciding who hears about a batch of 1,000 events is
 * ~0.3 ms of CPU per event, and on the delivery thread an event storm's routing
 * held back the emails already queued (bench:events: event-routed email drained
 * at 85% of direct with routing on the same thread). Same database, same domain
 * modules; the thread starts and stops with the worker and obeys the same pause
 * switch.
 */
export async function startRoutingThread(options: TRoutingThreadOptions): Promise<TRoutingThread> {
  const data: TRoutingThreadData = { entry: new URL("./routing-thread.ts", import.meta.url).href, concurrency: options.concurrency, pollInterval: options.pollInterval };
  const thread = new Worker(new URL("./routing-thread-boot.mjs", import.meta.url), {
    workerData: data,
    // No flags of the parent's: the entry registers tsx itself (a second
    // `--import tsx` would load it twice) and heap flags are refused here; the
    // thread gets the heap limit of the main thread instead (npm run worker: 192 MB).
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20) },
  });
  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => reject(new Error(`the routing thread did not start: ${error.message}`, { cause: error }));
    thread.once("error", failed);
    thread.once("exit", (code) => failed(new Error(`it exited with code ${code}`)));
    thread.on("message", (message: TRoutingThreadMessage) => {
      if (message.kind === "ready") {
        thread.removeAllListeners("error").removeAllListeners("exit");
        resolve();
      } else if (message.kind === "lock-ids") options.onLockIds(message.ids);
    });
  });
  let stopping = false;
  const stopped = new Promise<void>((resolve) => thread.once("exit", () => resolve()));
  let lastError: Error | undefined;
  thread.on("error", (error) => (lastError = error));
  thread.on("exit", (code) => {
    if (!stopping) options.onUnexpectedExit(lastError ?? new Error(`the routing thread exited with code ${code}`));
  });
  return {
    stop: async () => {
      stopping = true;
      thread.postMessage({ kind: "stop" });
      await stopped;
    },
  };
}
