import type { TPostedEvents } from "../support/api-client";
import { startCpuMeter, type TCpuUse } from "../support/cpu-meter";
import { runClosedLoop } from "../support/load";
import { perSecond, summarize, type TLatencySummary } from "../support/stats";
import type { TRealPath } from "./real-path";

export type TBatchIngest = {
  events: number;
  requests: number;
  eventsPerRequest: number;
  inFlight: number;
  /** Requests refused (their events are not counted). */
  refused: number;
  meanRequestKb: number;
  elapsedMs: number;
  perSecond: number;
  requestMs: TLatencySummary;
  cpuCores: TCpuUse;
};

/** POSTs prepared request bodies to /api/v1/events, `inFlight` at a time; the accepted ones, in order. */
export async function postEventBodies(path: TRealPath, bodies: string[], inFlight: number): Promise<TPostedEvents[]> {
  const posted = await runClosedLoop(bodies.length, inFlight, (index) => path.api.postEvents(bodies[index] ?? ""));
  return posted.filter((answer) => answer !== null);
}

/**
 * Phase 1: the API alone (sending is paused, so the worker does not compete),
 * events accepted per second with `inFlight` batch requests at a time. The
 * bodies are built before the clock starts.
 */
export async function runBatchIngest(path: TRealPath, bodies: string[], inFlight: number): Promise<{ result: TBatchIngest; ids: string[] }> {
  const cpu = startCpuMeter(path.cpuSources);
  const startedAt = performance.now();
  const posted = await postEventBodies(path, bodies, inFlight);
  const elapsedMs = performance.now() - startedAt;
  const ids = posted.flatMap((answer) => answer.ids);
  return {
    ids,
    result: {
      events: ids.length,
      requests: bodies.length,
      eventsPerRequest: Math.round(ids.length / Math.max(1, posted.length)),
      inFlight,
      refused: bodies.length - posted.length,
      meanRequestKb: Math.round(bodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0) / bodies.length / 1024),
      elapsedMs: Math.round(elapsedMs),
      perSecond: perSecond(ids.length, elapsedMs),
      requestMs: summarize(posted.map((answer) => answer.acceptedAt - answer.sentAt)),
      cpuCores: cpu.stop(),
    },
  };
}
