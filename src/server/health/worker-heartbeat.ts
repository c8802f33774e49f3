import os from "node:os";
import { db } from "@/server/db/client";

export const HEARTBEAT_INTERVAL_MS = 5_000;
/** A worker whose heartbeat is older than this is dead: health says so and its jobs are unlocked. */
export const HEARTBEAT_STALE_AFTER_MS = 30_000;

export async function recordHeartbeat(workerId: string, graphileWorkerIds: string[]): Promise<void> {
  const now = new Date();
  await db().workerHeartbeat.upsert({
    where: { workerId },
    create: { workerId, hostname: os.hostname(), pid: process.pid, startedAt: now, lastSeenAt: now, graphileWorkerIds },
    update: { lastSeenAt: now, graphileWorkerIds },
  });
}

export async function removeHeartbeat(workerId: string): Promise<void> {
  await db().workerHeartbeat.deleteMany({ where: { workerId } });
}

export async function liveWorkers(staleAfterMs = HEARTBEAT_STALE_AFTER_MS) {
  return db().workerHeartbeat.findMany({
    where: { lastSeenAt: { gt: new Date(Date.now() - staleAfterMs) } },
    orderBy: { lastSeenAt: "desc" },
  });
}

/**
 * Removes the heartbeats of workers that stopped beating and returns their
 * graphile-worker ids, whose locked jobs the caller must release.
 */
export async function claimDeadWorkers(staleAfterMs = HEARTBEAT_STALE_AFTER_MS): Promise<string[]> {
  const rows = await db().$queryRaw<{ graphile_worker_ids: string[] }[]>`
    delete from worker_heartbeats where last_seen_at < ${new Date(Date.now() - staleAfterMs)} returning graphile_worker_ids`;
  return rows.flatMap((row) => row.graphile_worker_ids);
}
