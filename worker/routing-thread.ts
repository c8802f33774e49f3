import { parentPort } from "node:worker_threads";
import { disconnectDb } from "@/server/db/client";
import { routeEvents, type TRoutingSummary } from "@/server/routing/route-events";
import { routeInSlices } from "@/server/routing/route-in-slices";
import type { TRoutingReply, TRoutingRequest } from "./route-in-thread";

// The routing thread's body (see route-in-thread.ts): routes the batches it is
// handed, as many at once as it is handed (except while a burst's first batch
// routes its small slices, below), and answers each.
const port = parentPort;
if (!port) throw new Error("routing-thread.ts runs as a worker thread; use routeInThread()");
const reply = (message: TRoutingReply) => port.postMessage(message);
// Batches being routed now. Only a burst's first batch (none other in flight)
// is routed in slices: after it, the messages already routed keep the sender
// busy, and slicing every batch cost routing ~14% (bench:events: 2,273/s
// against ~2,630/s whole).
let inFlight = 0;
// Until the first batch's small slices are committed, the batches that come
// meanwhile wait: events of one job are routed one transaction at a time (the
// job's lock), and a whole batch taking it first held those slices back for
// its whole transaction (bench:events' drain: 0.6 s of lock waits, no message
// in the first second).
let firstSlices: Promise<void> = Promise.resolve();

async function route(eventIds: string[], firstOfBurst: boolean): Promise<TRoutingSummary> {
  if (!firstOfBurst) {
    await firstSlices;
    return routeEvents(eventIds);
  }
  let committed = () => {};
  firstSlices = new Promise((resolve) => (committed = resolve));
  try {
    return await routeInSlices(eventIds, routeEvents, committed);
  } finally {
    committed();
  }
}

port.on("message", (request: TRoutingRequest) => {
  if (request.kind === "stop") {
    void disconnectDb().finally(() => port.close());
    return;
  }
  route(request.eventIds, inFlight++ === 0)
    .finally(() => inFlight--)
    .then(
      (summary) => reply({ kind: "routed", id: request.id, summary }),
      (error: unknown) => reply({ kind: "failed", id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
});
