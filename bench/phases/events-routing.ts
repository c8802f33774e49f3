import type pg from "pg";
import { startCpuMeter, startRssSampler, type TCpuUse } from "../support/cpu-meter";
import { startSqlStats, type TSqlStatement } from "../support/events-sql-stats";
import { perSecond, summarize, type TLatencySummary } from "../support/stats";
import type { TRealPath } from "./real-path";

const POLL_MS = 200;
const STALL_CHECK_EVERY = 25;
// Only a stall (no event routed at all for this long) is fatal; the machine is shared.
const STALL_TIMEOUT_MS = 120_000;

/**
 * Resolves at the first poll that finds no event left RECEIVED (every phase
 * starts with none), with its performance.now(). `exists` stops at the first
 * waiting row, so a poll is cheap until the end; a count every few seconds
 * only watches for a stall (a count every 200 ms cost PostgreSQL ~19 ms each
 * with 20,000 events, several percent of the phase's database time).
 */
export async function waitUntilAllRouted(pool: pg.Pool): Promise<number> {
  let waiting = Infinity;
  let lastProgress = performance.now();
  for (let poll = 0; ; poll++) {
    const { rows } = await pool.query<{ waiting: boolean }>("select exists (select 1 from events where status = 'RECEIVED') as waiting");
    const now = performance.now();
    if (!rows[0]?.waiting) return now;
    if (poll % STALL_CHECK_EVERY === 0) {
      const { rows: counted } = await pool.query<{ count: number }>("select count(*)::int as count from events where status = 'RECEIVED'");
      const count = counted[0]?.count ?? 0;
      if (count < waiting) {
        waiting = count;
        lastProgress = now;
      } else if (now - lastProgress > STALL_TIMEOUT_MS) {
        throw new Error(`${count} event(s) still RECEIVED after ${STALL_TIMEOUT_MS / 1000} s without progress`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export type TRoutingThroughput = {
  events: number;
  routed: number;
  failed: number;
  firstFailure: string | null;
  routeJobs: number;
  /** Resume -> the poll that found every event routed (includes the worker noticing the resume, up to 1 s). */
  fromResumeMs: number;
  perSecond: number;
  /** From the first routing transaction's start (its routed_at) instead. */
  fromFirstRoutingMs: number | null;
  perSecondFromFirstRouting: number | null;
  notifications: { total: number; perEvent: number; byStatus: Record<string, number> };
  decisions: { total: number; perEvent: number; byOutcome: Record<string, number> };
  /** Distinct users with a notification, per event. */
  usersReached: TLatencySummary;
  /** Distinct rules named by an event's decisions (rules that matched and notified, suppressed or stopped). */
  rulesInDecisions: TLatencySummary;
  /** Messages that reached the SMTP sink meanwhile: critical events only, which break through do-not-disturb (the NOTIFIED decisions). */
  sentMeanwhile: number;
  workerRssPeakMb: number | null;
  cpuCores: TCpuUse;
  /** CPU milliseconds per routed event, per process. */
  cpuMsPerEvent: Record<string, number>;
  slowestSql: TSqlStatement[] | null;
};

/**
 * Phase 2: the events `ids` wait with their routing jobs (sending paused);
 * resume, and time until none is RECEIVED. Then reads what routing made of
 * them: notifications, decisions, users reached.
 */
export async function runRoutingThroughput(path: TRealPath, ids: string[], routeJobs: number): Promise<TRoutingThroughput> {
  const sentBefore = path.sink.accepted.size;
  const sql = await startSqlStats(path.pool);
  const rss = startRssSampler(path.workerPid);
  const cpu = startCpuMeter(path.cpuSources);
  const resumedAt = performance.now();
  await path.setDeliveryPaused(false);
  const doneAt = await waitUntilAllRouted(path.pool);
  const cpuCores = cpu.stop();
  const workerRssPeakMb = rss.stop().peakMb;
  const slowestSql = await sql.stop();
  const fromResumeMs = doneAt - resumedAt;

  const { rows: events } = await path.pool.query<{ status: string; count: number; first_routed_ms: number | null; first_error: string | null }>(
    `select status, count(*)::int as count, extract(epoch from min(routed_at)) * 1000 as first_routed_ms, min(routing_error) as first_error
       from events where id = any($1::uuid[]) group by status`,
    [ids],
  );
  const { rows: notifications } = await path.pool.query<{ status: string; count: number }>(
    "select status, count(*)::int as count from notifications where event_id = any($1::uuid[]) group by status",
    [ids],
  );
  const { rows: decisions } = await path.pool.query<{ outcome: string; count: number }>(
    "select outcome, count(*)::int as count from routing_decisions where event_id = any($1::uuid[]) group by outcome",
    [ids],
  );
  const { rows: perEvent } = await path.pool.query<{ users: number; rules: number }>(
    `select count(distinct d.user_id) filter (where d.notification_id is not null)::int as users, count(distinct d.rule_id)::int as rules
       from unnest($1::uuid[]) as e(id) left join routing_decisions d on d.event_id = e.id group by e.id`,
    [ids],
  );
  const count = <T extends { count: number }>(rows: T[], key: keyof T) => Object.fromEntries(rows.map((row) => [String(row[key]), row.count]));
  const byStatus = count(events, "status");
  const routed = byStatus.ROUTED ?? 0;
  const total = (rows: { count: number }[]) => rows.reduce((sum, row) => sum + row.count, 0);
  const firstRouted = events.find((row) => row.status === "ROUTED")?.first_routed_ms;
  const fromFirstRoutingMs = firstRouted ? performance.timeOrigin + doneAt - Number(firstRouted) : null;
  const seconds = fromResumeMs / 1000;
  const round2 = (value: number) => Math.round(value * 100) / 100;
  return {
    events: ids.length,
    routed,
    failed: byStatus.FAILED ?? 0,
    firstFailure: events.find((row) => row.status === "FAILED")?.first_error ?? null,
    routeJobs,
    fromResumeMs: Math.round(fromResumeMs),
    perSecond: perSecond(routed, fromResumeMs),
    fromFirstRoutingMs: fromFirstRoutingMs === null ? null : Math.round(fromFirstRoutingMs),
    perSecondFromFirstRouting: fromFirstRoutingMs === null ? null : perSecond(routed, fromFirstRoutingMs),
    notifications: { total: total(notifications), perEvent: round2(total(notifications) / ids.length), byStatus: count(notifications, "status") },
    decisions: { total: total(decisions), perEvent: round2(total(decisions) / ids.length), byOutcome: count(decisions, "outcome") },
    usersReached: summarize(perEvent.map((row) => row.users)),
    rulesInDecisions: summarize(perEvent.map((row) => row.rules)),
    sentMeanwhile: path.sink.accepted.size - sentBefore,
    workerRssPeakMb,
    cpuCores,
    cpuMsPerEvent: Object.fromEntries(Object.entries(cpuCores).map(([name, cores]) => [name, round2((cores * seconds * 1000) / Math.max(1, routed))])),
    slowestSql,
  };
}
