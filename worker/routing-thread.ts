import { parentPort, workerData } from "node:worker_threads";
import { env } from "@/env";
import { disconnectDb } from "@/server/db/client";
import { openWorkerPool, startRunnerLane } from "./runner-lane";
import { routingTaskList } from "./task-list";
import type { TRoutingThreadData, TRoutingThreadMessage } from "./start-routing-thread";

// Runs inside the worker's routing thread (see start-routing-thread.ts).
const port = parentPort;
if (!port) throw new Error("routing-thread.ts runs as a worker thread; start it with startRoutingThread()");
const { concurrency, pollInterval } = workerData as TRoutingThreadData;
const tell = (message: TRoutingThreadMessage) => port.postMessage(message);

const pgPool = openWorkerPool(env().DATABASE_URL, concurrency + 2);
const lane = await startRunnerLane({ pgPool, taskList: routingTaskList, concurrency, pollInterval }, (ids) => tell({ kind: "lock-ids", ids }));
port.on("message", (message: { kind: "stop" }) => {
  if (message.kind !== "stop") return;
  void (async () => {
    await lane.stop();
    await pgPool.end();
    await disconnectDb();
    tell({ kind: "stopped" });
    port.close();
  })();
});
tell({ kind: "ready" });
