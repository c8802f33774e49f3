import { getHeapStatistics } from "node:v8";
import { Worker } from "node:worker_threads";
import pLimit from "p-limit";
import { env } from "@/env";
import type { TRoutingSummary } from "@/server/routing/route-events";

export type TRoutingRequest = { kind: "route"; id: number; eventIds: string[] } | { kind: "stop" };
export type TRoutingReply = { kind: "routed"; id: number; summary: TRoutingSummary } | { kind: "failed"; id: number; error: string };

/** An idle routing thread is ended after this long: a worker that routes no events does not carry its heap. */
const IDLE_STOP_MS = 5 * 60_000;

type TPending = { resolve: (summary: TRoutingSummary) => void; reject: (error: Error) => void };
type TRoutingThread = { thread: Worker; pending: Map<number, TPending>; drained: (() => void)[]; exited: Promise<void>; idleTimer?: NodeJS.Timeout };

let current: TRoutingThread | null = null;
let nextId = 1;
// Twenty 1,000-event batches routed at once ran the worker out of its heap
// (bench:events); the others wait here, their jobs still locked to this worker.
let limit: ReturnType<typeof pLimit> | undefined;

/**
 * Routes one batch of events on the worker's routing thread. Deciding who
 * hears about 1,000 events is ~0.3 s of CPU; on the thread that sends, an
 * event burst's routing held back the emails already queued (bench:events:
 * event-routed email drained at 80–87% of direct). The thread starts with the
 * first batch and ends after 5 idle minutes. If it dies, its batches fail
 * like any failed job (graphile-worker retries them; routing is idempotent)
 * and the next batch starts a new one.
 */
export function routeInThread(eventIds: string[]): Promise<TRoutingSummary> {
  limit ??= pLimit(env().WORKER_ROUTING_CONCURRENCY);
  return limit(() => {
    const routing = (current ??= startThread());
    clearTimeout(routing.idleTimer);
    const id = nextId++;
    return new Promise<TRoutingSummary>((resolve, reject) => {
      routing.pending.set(id, { resolve, reject });
      routing.thread.postMessage({ kind: "route", id, eventIds } satisfies TRoutingRequest);
    });
  });
}

/** Ends the routing thread once its batches are answered (the worker's stop). */
export async function stopRoutingThread(): Promise<void> {
  if (current) await stopThread(current);
}

async function stopThread(routing: TRoutingThread): Promise<void> {
  if (current === routing) current = null;
  clearTimeout(routing.idleTimer);
  if (routing.pending.size) await new Promise<void>((resolve) => routing.drained.push(resolve));
  routing.thread.postMessage({ kind: "stop" } satisfies TRoutingRequest);
  await routing.exited;
}

function startThread(): TRoutingThread {
  const thread = new Worker(new URL("./routing-thread-boot.mjs", import.meta.url), {
    workerData: { entry: new URL("./routing-thread.ts", import.meta.url).href },
    // No flags of the parent's: the boot file registers tsx itself (a second
    // `--import tsx` would load it twice) and heap flags are refused here; the
    // thread gets the main thread's heap limit instead (npm run worker: 192 MB).
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20) },
  });
  // The thread must not keep a finished process alive; pending batches hold their jobs, not the process.
  thread.unref();
  let markExited = () => {};
  const routing: TRoutingThread = { thread, pending: new Map(), drained: [], exited: new Promise((resolve) => (markExited = resolve)) };
  let lastError: Error | undefined;
  thread.on("error", (error) => (lastError = error));
  thread.once("exit", (code) => {
    markExited();
    if (current === routing) current = null;
    const error = new Error(`the routing thread stopped (exit code ${code})${lastError ? `: ${lastError.message}` : ""}`, { cause: lastError });
    for (const { reject } of routing.pending.values()) reject(error);
    routing.pending.clear();
    for (const resolve of routing.drained.splice(0)) resolve();
  });
  thread.on("message", (reply: TRoutingReply) => {
    const waiting = routing.pending.get(reply.id);
    if (!waiting) return;
    routing.pending.delete(reply.id);
    if (reply.kind === "routed") waiting.resolve(reply.summary);
    else waiting.reject(new Error(`routing failed: ${reply.error}`));
    if (routing.pending.size > 0) return;
    for (const resolve of routing.drained.splice(0)) resolve();
    if (current === routing) {
      routing.idleTimer = setTimeout(() => void stopThread(routing), IDLE_STOP_MS);
      routing.idleTimer.unref();
    }
  });
  return routing;
}
