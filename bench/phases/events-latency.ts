import { startCpuMeter, type TCpuUse } from "../support/cpu-meter";
import { runOpenLoop } from "../support/load";
import { summarize, type TLatencySummary } from "../support/stats";
import type { TRealPath } from "./real-path";

export type TSingleEventLatency = {
  targetRate: number;
  achievedRate: number;
  seconds: number;
  maxScheduleLagMs: number;
  events: number;
  refused: number;
  /** POST sent -> 202 received. */
  responseMs: TLatencySummary;
  cpuCores: TCpuUse;
};

/** Phase 4: single-event POSTs at a fixed rate (open loop), the worker routing and sending meanwhile. */
export async function runSingleEventLatency(path: TRealPath, rate: number, seconds: number, bodyOf: (index: number) => string): Promise<TSingleEventLatency> {
  const responseMs: number[] = [];
  const cpu = startCpuMeter(path.cpuSources);
  const paced = await runOpenLoop(rate, seconds * 1000, async (index) => {
    const posted = await path.api.postEvents(bodyOf(index));
    if (posted) responseMs.push(posted.acceptedAt - posted.sentAt);
  });
  return {
    targetRate: rate,
    achievedRate: paced.achievedRate,
    seconds,
    maxScheduleLagMs: paced.maxLagMs,
    events: responseMs.length,
    refused: paced.sent - responseMs.length,
    responseMs: summarize(responseMs),
    cpuCores: cpu.stop(),
  };
}
