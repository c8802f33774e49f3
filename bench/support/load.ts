/** Runs `task(0..count-1)` with at most `concurrency` in flight, as fast as they complete. */
export async function runClosedLoop<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return results;
}

export type TOpenLoopResult = { sent: number; elapsedMs: number; achievedRate: number; maxLagMs: number };

/**
 * Starts `task` at a fixed rate whatever the response times (open loop), the
 * way independent executors call the API. `maxInFlight` only guards the bench
 * itself; reaching it shows up as lag behind the schedule.
 */
export async function runOpenLoop(rate: number, durationMs: number, task: (index: number) => Promise<void>, maxInFlight = 1000): Promise<TOpenLoopResult> {
  const total = Math.max(1, Math.round((rate * durationMs) / 1000));
  const interval = 1000 / rate;
  const startedAt = performance.now();
  const running = new Set<Promise<void>>();
  let sent = 0;
  let maxLagMs = 0;
  while (sent < total) {
    const now = performance.now();
    const due = Math.min(total, Math.floor((now - startedAt) / interval) + 1);
    while (sent < due && running.size < maxInFlight) {
      maxLagMs = Math.max(maxLagMs, now - (startedAt + sent * interval));
      const started = task(sent++).finally(() => running.delete(started));
      running.add(started);
    }
    if (running.size >= maxInFlight) await Promise.race(running);
    else if (sent < total) await new Promise((resolve) => setTimeout(resolve, Math.max(0, startedAt + sent * interval - performance.now())));
  }
  const elapsedMs = performance.now() - startedAt;
  await Promise.all(running);
  return { sent, elapsedMs, achievedRate: Math.round((sent / elapsedMs) * 1000), maxLagMs: Math.round(maxLagMs) };
}
