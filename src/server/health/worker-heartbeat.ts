import os from "node:os";
import { db } from "@/server/db/client";

/** A worker is considered alive while its heartbeat is younger than this. */
export const HEARTBEAT_STALE_AFTER_MS = 30_000;
export const HEARTBEAT_INTERVAL_MS = 5_000;

export async function recordHeartbeat(workerId: string): Promise<void> {
  const now = new Date();
  await db().workerHeartbeat.upsert({
    where: { workerId },
    create: { workerId, hostname: os.hostname(), pid: process.pid, startedAt: now, lastSeenAt: now },
    update: { lastSeenAt: now },
  });
}

export async function removeHeartbeat(workerId: string): Promise<void> {
  await db().workerHeartbeat.deleteMany({ where: { workerId } });
}

export async function liveWorkers() {
  return db().workerHeartbeat.findMany({
    where: { lastSeenAt: { gt: new Date(Date.now() - HEARTBEAT_STALE_AFTER_MS) } },
    orderBy: { lastSeenAt: "desc" },
  });
}
