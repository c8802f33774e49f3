/**
 * `npm run bench:stats`: the dashboard's figures (getStatsOverview, what
 * GET /api/v1/stats and the page answer) on a fresh database holding
 * 1,000,000 notifications spread over 35 days — statuses, channels, types,
 * latencies and errors in realistic shares — with 200,000 events and their
 * suppressed decisions, seeded in SQL (INSERT … SELECT generate_series).
 * Times each range cold (the first 7/30-day view sums the delivery rollup)
 * and warm, unfiltered and filtered; target < 300 ms. `--n`, `--runs`,
 * `--explain` (the plans of the biggest statements). Results:
 * bench/results/stats-<time>.json.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { openBenchDatabase } from "./support/bench-database";
import { table, writeResult } from "./support/report";
import { summarize, type TLatencySummary } from "./support/stats";

const TARGET_MS = 300;
// Not strict: `npm run bench` passes every benchmark the same flags (the email ones included).
const { values: flags } = parseArgs({ strict: false, options: { n: { type: "string", default: "1000000" }, runs: { type: "string", default: "7" }, explain: { type: "boolean", default: false } } });
const n = Number(flags.n) || 1_000_000;
const runs = Number(flags.runs) || 7;
const log = (line: string) => console.log(`[bench] ${line}`);

const SEED_NOTIFICATIONS = `
insert into notifications (recipient_email, channel, destination_key, subject, body, notification_type, priority, status, metadata,
  created_at, updated_at, sent_at, error_message, last_error_type, retry_count)
select
  case when ch = 'EMAIL' then 'user' || (g % 500) || '@example.com' end,
  ch::"Channel",
  case when ch <> 'EMAIL' then lower(ch) || ':user:' || (g % 40) end,
  'Job ' || types[1 + g % 12] || ' on host-' || (g % 97),
  repeat('The nightly run finished; see the attached log for each step. ', 4),
  types[1 + g % 12],
  (case when g % 50 = 0 then 'CRITICAL' else 'NORMAL' end)::"Priority",
  st::"NotificationStatus",
  jsonb_build_object('job_name', 'job-' || (g % 300), 'host', 'host-' || (g % 97)),
  created, created,
  -- created -> sent: mostly a second or less, a long tail of retries out to minutes.
  case when st = 'SENT' then created + make_interval(secs => 0.05 * exp(random() * 6) + case when random() < 0.02 then random() * 600 else 0 end) end,
  case when st in ('FAILED', 'DEAD', 'RETRYING') then errors[1 + g % 5] end,
  case when st in ('FAILED', 'DEAD', 'RETRYING') then error_types[1 + g % 5] end,
  case when st = 'DEAD' then 8 when st = 'RETRYING' then 2 else 0 end
from (
  select g,
    -- Denser recently (a growing installation), with a working-day rhythm.
    now() - make_interval(secs => power(random(), 1.3) * 35 * 86400) as created,
    (case when r1 < 0.6 then 'EMAIL' when r1 < 0.8 then 'SLACK' when r1 < 0.9 then 'WEBHOOK' when r1 < 0.96 then 'TEAMS' else 'SMS' end) as ch,
    (case when r2 < 0.90 then 'SENT' when r2 < 0.92 then 'FAILED' when r2 < 0.925 then 'DEAD' when r2 < 0.93 then 'RETRYING' when r2 < 0.95 then 'DEFERRED'
          when r2 < 0.96 then 'SUPPRESSED' when r2 < 0.98 then 'FOLDED' when r2 < 0.99 then 'CANCELLED' else 'PENDING' end) as st,
    array['job.completed','job.failed','job.started','job.timeout','host.restarted','deploy.finished','backup.completed','alert.cpu','sync.failed','report.ready','cleanup.done','audit.passed'] as types,
    array['421 4.7.0 Try again later','550 5.1.1 User unknown','HTTP 404 channel_not_found','connect ECONNREFUSED 10.0.0.7:443','HTTP 500 Internal Server Error'] as errors,
    array['throttled','recipient_rejected','gone','connection','server_error'] as error_types
  from (select g, random() as r1, random() as r2 from generate_series(1, $1::int) g) s
) x`;

const SEED_EVENTS = `
insert into events (id, type, severity, title, group_key, occurred_at, received_at, status, request_hash)
select gen_random_uuid(), (array['job.completed','job.failed','job.started','alert.cpu','deploy.finished'])[1 + g % 5], 'WARNING', 'Event ' || g, 'group-' || (g % 500),
       t, t, 'ROUTED', md5(g::text)
from (select g, now() - make_interval(secs => power(random(), 1.3) * 35 * 86400) as t from generate_series(1, $1::int) g) s`;

const SEED_DECISIONS = `
insert into routing_decisions (event_id, recipient, outcome, reason, created_at)
select id, 'Nobody', 'SUPPRESSED', 'No rule matched', received_at from events where random() < 0.1`;

type TRun = { name: string; query: Record<string, string>; cold: number; warm: TLatencySummary };

const database = await openBenchDatabase(process.env.BENCH_DATABASE_URL);
try {
  const client = new pg.Client({ connectionString: database.url, options: "-c TimeZone=UTC" });
  await client.connect();
  let started = performance.now();
  await client.query(SEED_NOTIFICATIONS, [n]);
  await client.query(SEED_EVENTS, [Math.round(n / 5)]);
  await client.query(SEED_DECISIONS);
  log(`seeded ${n.toLocaleString("en")} notifications and ${Math.round(n / 5).toLocaleString("en")} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  // What autovacuum does in production: fresh statistics, and a visibility map for index-only scans.
  await client.query("vacuum analyze");

  // The app's own client, on the bench database (the env is read on first use).
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET ??= "bench-secret-bench-secret-bench";
  process.env.NOTIFY_ENCRYPTION_KEY ??= Buffer.alloc(32, 5).toString("base64");
  const { getStatsOverview } = await import("@/server/stats/get-stats-overview");
  const { disconnectDb } = await import("@/server/db/client");

  const cases: { name: string; query: Record<string, string> }[] = [
    ...["1h", "24h", "7d", "30d"].map((range) => ({ name: range, query: { range } })),
    { name: "30d, channel=email", query: { range: "30d", channel: "email" } },
    { name: "30d, type=job.failed", query: { range: "30d", type: "job.failed" } },
    { name: "24h, channel=slack, type=job.*", query: { range: "24h", channel: "slack", type: "job.*" } },
  ];
  const results: TRun[] = [];
  let sample: unknown;
  for (const { name, query } of cases) {
    started = performance.now();
    sample = await getStatsOverview(query);
    const cold = performance.now() - started;
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      started = performance.now();
      await getStatsOverview(query);
      times.push(performance.now() - started);
    }
    results.push({ name, query, cold: Math.round(cold), warm: summarize(times) });
    log(`${name}: cold ${Math.round(cold)} ms, warm p50 ${summarize(times).p50} ms`);
  }

  if (flags.explain) {
    const month = `now() - interval '30 days'`;
    for (const sql of [
      `select status, count(*) from notifications where created_at >= ${month} and created_at < now() group by status`,
      `select count(*) from notifications where sent_at >= now() - interval '24 hours' and sent_at < now()`,
      `select latency_bucket, sum(sends) from delivery_rollups where period >= ${month} group by 1`,
      `select coalesce(last_error_type, 'unknown'), channel, count(*) from notifications where status in ('FAILED','DEAD','RETRYING') and created_at >= ${month} group by 1, 2`,
      `select count(*) from events where received_at >= ${month}`,
    ]) {
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`explain (analyze, costs off) ${sql}`);
      console.log(`\n${sql}\n${rows.map((row) => `  ${row["QUERY PLAN"]}`).join("\n")}`);
    }
  }
  const [{ rollups }] = (await client.query<{ rollups: string }>("select count(*) as rollups from delivery_rollups")).rows as [{ rollups: string }];
  await client.end();
  await disconnectDb();

  console.log(`\nDashboard figures with ${n.toLocaleString("en")} notifications (${database.kind} PostgreSQL ${database.settings.server_version}, ${os.availableParallelism()} cores, load ${os.loadavg()[0]!.toFixed(2)}; ${Number(rollups).toLocaleString("en")} rollup rows); ${runs} warm runs each:\n`);
  console.log(
    table([
      ["query", "cold ms", "warm p50", "warm max", `< ${TARGET_MS} ms`],
      ...results.map((run) => [run.name, String(run.cold), String(run.warm.p50), String(run.warm.max), run.warm.p50 < TARGET_MS ? "PASS" : "MISS"]),
    ]),
  );
  console.log("\ncold = the first request of its kind; for 7d/30d it also sums every closed six-hour period into delivery_rollups (once).");
  const result = { benchmark: "stats", startedAt: new Date().toISOString(), n, runs, machine: { cores: os.availableParallelism(), load: os.loadavg() }, database: database.settings, results, sample };
  const file = await writeResult(result);
  log(`written to ${file}`);
} finally {
  await database.close();
}
