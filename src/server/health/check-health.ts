import { db } from "@/server/db/client";
import { liveWorkers } from "./worker-heartbeat";

export type THealthReport = {
  status: "ok" | "degraded";
  database: { ok: boolean; error?: string; latency_ms?: number };
  worker: { ok: boolean; live_workers: number; last_heartbeat: string | null };
  checked_at: string;
};

/** Database reachability and worker liveness (from worker heartbeats). */
export async function checkHealth(): Promise<THealthReport> {
  const started = performance.now();
  let database: THealthReport["database"];
  let worker: THealthReport["worker"] = { ok: false, live_workers: 0, last_heartbeat: null };
  try {
    await db().$queryRaw`select 1`;
    database = { ok: true, latency_ms: Math.round(performance.now() - started) };
    const workers = await liveWorkers();
    worker = { ok: workers.length > 0, live_workers: workers.length, last_heartbeat: workers[0]?.lastSeenAt.toISOString() ?? null };
  } catch (error) {
    database = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { status: database.ok && worker.ok ? "ok" : "degraded", database, worker, checked_at: new Date().toISOString() };
}
