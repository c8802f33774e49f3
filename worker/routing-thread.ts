import { parentPort } from "node:worker_threads";
import { disconnectDb } from "@/server/db/client";
import { routeEvents } from "@/server/routing/route-events";
import type { TRoutingReply, TRoutingRequest } from "./route-in-thread";

// The routing thread's body (see route-in-thread.ts): routes the batches it is
// handed, as many at once as it is handed, and answers each.
const port = parentPort;
if (!port) throw new Error("routing-thread.ts runs as a worker thread; use routeInThread()");
const reply = (message: TRoutingReply) => port.postMessage(message);

port.on("message", (request: TRoutingRequest) => {
  if (request.kind === "stop") {
    void disconnectDb().finally(() => port.close());
    return;
  }
  routeEvents(request.eventIds).then(
    (summary) => reply({ kind: "routed", id: request.id, summary }),
    (error: unknown) => reply({ kind: "failed", id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
