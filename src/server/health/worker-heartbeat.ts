import os from "node:os";
import type pg from "pg";
import { db } from "@/server/db/client";

export const HEARTBEAT_INTERVAL_MS = 5_000;
/** A worker whose heartbeat is older than this is dead: health says so and its jobs are unlocked. */
export const HEARTBEAT_STALE_AFTER_MS = 30_000;

/*
 * Every time here is the database's clock (now()), never a worker host's: a
 * host whose clock is behind would otherwise look dead to the others, who
 * would release its in-flight jobs and send them a second time. The worker
 * beats over a connection of its own, so jobs holding every pooled
 * connection cannot delay its heartbeat either.
 */

/** A query runner for the heartbeat: the worker's dedicated pg connection. */
export type THeartbeatConnection = { query: <R extends pg.QueryResultRow>(text: string, values: unknown[]) => Promise<pg.QueryResult<R>> };

export async function recordHeartbeat(connection: THeartbeatConnection, workerId: string, graphileWorkerIds: string[]): Promise<void> {
  await connection.query(
    `insert into worker_heartbeats (worker_id, hostname, pid, started_at, last_seen_at, graphile_worker_ids)
     values ($1, $2, $3, now(), now(), $4)
     on conflict (worker_id) do update set last_seen_at = now(), graphile_worker_ids = excluded.graphile_worker_ids`,
    [workerId, os.hostname(), process.pid, graphileWorkerIds],
  );
}

export async function removeHeartbeat(connection: THeartbeatConnection, workerId: string): Promise<void> {
  await connection.query("delete from worker_heartbeats where worker_id = $1", [workerId]);
}

export async function liveWorkers(staleAfterMs = HEARTBEAT_STALE_AFTER_MS) {
  return db().$queryRaw<{ workerId: string; hostname: string; pid: number; startedAt: Date; lastSeenAt: Date }[]>`
    select worker_id as "workerId", hostname, pid, started_at as "startedAt", last_seen_at as "lastSeenAt" from worker_heartbeats
     where last_seen_at > now() - make_interval(secs => ${staleAfterMs / 1000}::float8)
     order by last_seen_at desc`;
}

/**
 * Removes the heartbeats of workers that stopped beating and returns their
 * graphile-worker ids, whose locked jobs the caller must release.
 */
export async function claimDeadWorkers(connection: THeartbeatConnection, staleAfterMs = HEARTBEAT_STALE_AFTER_MS): Promise<string[]> {
  const { rows } = await connection.query<{ graphile_worker_ids: string[] }>(
    "delete from worker_heartbeats where last_seen_at < now() - make_interval(secs => $1::float8) returning graphile_worker_ids",
    [staleAfterMs / 1000],
  );
  return rows.flatMap((row) => row.graphile_worker_ids);
}
