import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createScratchDatabase } from "./support/database";

// GET /metrics (issue 14 "Prometheus metrics", issue 15 "Metrics checked by
// Prometheus itself"): a known set of events, notifications, attempts, jobs,
// circuits and heartbeats is seeded, the exposition is read back with a real
// Prometheus text parser and each figure compared, and promtool lints it.
const TOKEN = "metrics-test-token-0123456789abcdef";
process.env.METRICS_TOKEN = TOKEN;
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;

const { db, disconnectDb } = await import("@/server/db/client");
const route = await import("@/app/metrics/route");

type TSample = { labels?: Record<string, string>; value?: string; buckets?: Record<string, string>; count?: string; sum?: string };
type TFamily = { name: string; help: string; type: string; metrics: TSample[] };
// The package ships no types; this is the prom2json shape its README documents.
const parsePrometheusText = createRequire(import.meta.url)("parse-prometheus-text-format") as (text: string) => TFamily[];

const PROMTOOL = "/usr/bin/promtool";

afterAll(async () => {
  await disconnectDb();
  await scratch.drop();
});

const NOW = Date.now();
const at = (msAgo: number) => new Date(NOW - msAgo);

type TSeedNotification = {
  id: number;
  channel: "EMAIL" | "SLACK" | "WEBHOOK" | "SMS";
  type: string;
  status: "SENT" | "FAILED" | "DEAD" | "PENDING" | "SUPPRESSED";
  latencyMs?: number;
  attempts?: [outcome: "DELIVERED" | "TRANSIENT_FAILURE" | "PERMANENT_FAILURE" | null, durationMs: number | null][];
};

// Latencies sit on and beside bucket bounds (0.05 s is counted in le="0.05").
const NOTIFICATIONS: TSeedNotification[] = [
  { id: 1, channel: "EMAIL", type: "job_completed", status: "SENT", latencyMs: 200, attempts: [["DELIVERED", 40]] },
  { id: 2, channel: "EMAIL", type: "job_completed", status: "SENT", latencyMs: 3_000, attempts: [["TRANSIENT_FAILURE", 5_000], ["DELIVERED", 30]] },
  { id: 3, channel: "EMAIL", type: "job_failed", status: "SENT", latencyMs: 120_000, attempts: [["TRANSIENT_FAILURE", 200], ["DELIVERED", 100]] },
  { id: 4, channel: "EMAIL", type: "job_failed", status: "FAILED", attempts: [["PERMANENT_FAILURE", 20]] },
  { id: 5, channel: "EMAIL", type: "job_failed", status: "DEAD", attempts: [["TRANSIENT_FAILURE", 100], ["TRANSIENT_FAILURE", 100]] },
  { id: 6, channel: "SLACK", type: "alert", status: "SENT", latencyMs: 50, attempts: [["DELIVERED", 800]] },
  // The second attempt was interrupted by a dying worker: an outcome, but no duration.
  { id: 7, channel: "SLACK", type: "alert", status: "DEAD", attempts: [["TRANSIENT_FAILURE", 1_500], ["TRANSIENT_FAILURE", null]] },
  // In flight: not finished, so neither counted nor timed.
  { id: 8, channel: "SLACK", type: "alert", status: "PENDING", attempts: [[null, null]] },
  { id: 9, channel: "WEBHOOK", type: "alert", status: "FAILED", attempts: [["PERMANENT_FAILURE", 300]] },
  { id: 10, channel: "SMS", type: "job_failed", status: "SUPPRESSED" },
];

async function seed() {
  const severities = ["INFO", "INFO", "INFO", "WARNING", "WARNING", "CRITICAL"] as const;
  await db().event.createMany({
    data: severities.map((severity, i) => ({ id: randomUUID(), type: "job.completed", severity, title: `event ${i}`, groupKey: `g${i}`, occurredAt: at(60_000), requestHash: `h${i}` })),
  });
  for (const n of NOTIFICATIONS) {
    const createdAt = at(3_600_000);
    await db().notification.create({
      data: {
        id: n.id,
        channel: n.channel,
        notificationType: n.type,
        status: n.status,
        subject: `seed ${n.id}`,
        body: "seeded for the metrics test",
        createdAt,
        sentAt: n.latencyMs === undefined ? null : new Date(createdAt.getTime() + n.latencyMs),
        attempts: {
          create: (n.attempts ?? []).map(([outcome, durationMs], index) => ({ attemptNumber: index + 1, outcome, durationMs, startedAt: createdAt, finishedAt: outcome ? createdAt : null })),
        },
      },
    });
  }
  await db().deadLetter.createMany({ data: [5, 7].map((notificationId) => ({ notificationId, errorType: "timeout", errorMessage: "timed out" })) });
  await db().transportCircuit.create({ data: { transportKey: "smtp:mail.example.com:587", nextProbeAt: at(-30_000), lastError: "ECONNREFUSED" } });
  await db().$executeRaw`insert into worker_heartbeats (worker_id, hostname, pid, started_at, last_seen_at) values
    ('alive', 'host-a', 1, now(), now()), ('gone', 'host-b', 2, now() - interval '1 hour', now() - interval '5 minutes')`;
  await db().workerControl.create({ data: { id: 1, paused: true, changedBy: "metrics-test" } });
  // Two jobs waiting since 90 s and 30 s ago, one held by a worker, one for later.
  await db().$executeRaw`select graphile_worker.add_job('metrics__probe', '{}'::json, run_at => now() - interval '90 seconds')`;
  await db().$executeRaw`select graphile_worker.add_job('metrics__probe', '{}'::json, run_at => now() - interval '30 seconds')`;
  await db().$executeRaw`select graphile_worker.add_job('metrics__probe', '{}'::json, run_at => now() - interval '10 seconds')`;
  await db().$executeRaw`update graphile_worker._private_jobs set locked_at = now(), locked_by = 'metrics-test'
    where id = (select max(id) from graphile_worker._private_jobs)`;
  await db().$executeRaw`select graphile_worker.add_job('metrics__probe', '{}'::json, run_at => now() + interval '1 hour')`;
}

async function scrape(authorization?: string, handler = route.GET) {
  const response = await handler(new Request("http://test/metrics", { headers: authorization ? { authorization } : {} }));
  return { status: response.status, contentType: response.headers.get("content-type"), text: await response.text() };
}

let exposition = "";
let families: TFamily[] = [];

function family(name: string): TFamily {
  const found = families.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${name} is not exposed`);
  return found;
}

/** The samples of a counter or gauge as "label=value,… → number", zero-valued series dropped unless `withZeros`. */
function values(name: string, { withZeros = false } = {}): Record<string, number> {
  const entries = family(name).metrics.map((sample) => [Object.entries(sample.labels ?? {}).map(([key, value]) => `${key}=${value}`).join(","), Number(sample.value)] as const);
  return Object.fromEntries(entries.filter(([, value]) => withZeros || value !== 0));
}

/**
 * One channel's series of a histogram. The parser merges every labelled
 * series of a histogram family into one (it keys buckets by `le` alone), so
 * it is handed the family's HELP and TYPE and that channel's lines only, with
 * the channel label taken off; the real Prometheus reads the whole family in
 * tests/prometheus-scrape.integration.test.ts.
 */
function histogram(name: string, channel: string) {
  const own = exposition.split("\n").filter((line) => line.startsWith(`# HELP ${name} `) || line.startsWith(`# TYPE ${name} `) || (line.startsWith(`${name}_`) && line.includes(`channel="${channel}"`)));
  const [sample] = parsePrometheusText(`${own.join("\n")}\n`.replaceAll(`channel="${channel}",`, "").replaceAll(`{channel="${channel}"}`, "")).flatMap((found) => found.metrics);
  if (!sample?.buckets) throw new Error(`${name} has no series for ${channel}`);
  return { count: Number(sample.count), sum: Number(sample.sum), buckets: Object.fromEntries(Object.entries(sample.buckets).map(([le, count]) => [le, Number(count)])) };
}

beforeAll(async () => {
  await seed();
  const answer = await scrape(`Bearer ${TOKEN}`);
  expect(answer.status).toBe(200);
  exposition = answer.text;
  families = parsePrometheusText(exposition);
});

describe("GET /metrics", () => {
  it("answers the Prometheus text format, uncached", async () => {
    const answer = await scrape(`Bearer ${TOKEN}`);
    expect(answer.contentType).toBe("text/plain; version=0.0.4; charset=utf-8");
    expect(answer.text).toContain("# TYPE notify_notifications_created_total counter");
  });

  it("counts events by severity, every severity listed", () => {
    expect(family("notify_events_received_total").type).toBe("COUNTER");
    expect(values("notify_events_received_total", { withZeros: true })).toEqual({ "severity=info": 3, "severity=warning": 2, "severity=critical": 1 });
  });

  it("counts notifications created, sent, failed and dead by channel and type", () => {
    expect(values("notify_notifications_created_total")).toEqual({
      "channel=email,type=job_completed": 2,
      "channel=email,type=job_failed": 3,
      "channel=slack,type=alert": 3,
      "channel=webhook,type=alert": 1,
      "channel=sms,type=job_failed": 1,
    });
    expect(values("notify_notifications_sent_total")).toEqual({ "channel=email,type=job_completed": 2, "channel=email,type=job_failed": 1, "channel=slack,type=alert": 1 });
    expect(values("notify_notifications_failed_total")).toEqual({ "channel=email,type=job_failed": 1, "channel=webhook,type=alert": 1 });
    expect(values("notify_notifications_dead_total")).toEqual({ "channel=email,type=job_failed": 1, "channel=slack,type=alert": 1 });
  });

  it("counts finished delivery attempts by channel and outcome, every pair listed", () => {
    const attempts = values("notify_delivery_attempts_total", { withZeros: true });
    expect(Object.keys(attempts)).toHaveLength(5 * 3);
    expect(Object.fromEntries(Object.entries(attempts).filter(([, count]) => count > 0))).toEqual({
      "channel=email,outcome=delivered": 3,
      "channel=email,outcome=transient_failure": 4,
      "channel=email,outcome=permanent_failure": 1,
      "channel=slack,outcome=delivered": 1,
      "channel=slack,outcome=transient_failure": 2,
      "channel=webhook,outcome=permanent_failure": 1,
    });
  });

  it("buckets delivery latency (created → delivered) per channel", () => {
    expect(family("notify_delivery_latency_seconds").type).toBe("HISTOGRAM");
    const email = histogram("notify_delivery_latency_seconds", "email");
    expect(email.count).toBe(3);
    expect(email.sum).toBeCloseTo(123.2, 6);
    expect(email.buckets).toMatchObject({ "0.1": 0, "0.25": 1, "2.5": 1, "5": 2, "60": 2, "300": 3, "86400": 3, "+Inf": 3 });
    const slack = histogram("notify_delivery_latency_seconds", "slack");
    expect(slack).toMatchObject({ count: 1, buckets: { "0.05": 1, "+Inf": 1 } });
    expect(histogram("notify_delivery_latency_seconds", "teams")).toMatchObject({ count: 0, sum: 0, buckets: { "+Inf": 0 } });
  });

  it("buckets send durations per channel, whatever the outcome, leaving out attempts without a duration", () => {
    const email = histogram("notify_send_duration_seconds", "email");
    expect(email.count).toBe(8);
    expect(email.sum).toBeCloseTo(5.59, 6);
    expect(email.buckets).toMatchObject({ "0.01": 0, "0.025": 1, "0.05": 3, "0.1": 6, "0.25": 7, "2.5": 7, "5": 8, "+Inf": 8 });
    const slack = histogram("notify_send_duration_seconds", "slack");
    expect(slack.count).toBe(2);
    expect(slack.sum).toBeCloseTo(2.3, 6);
    expect(slack.buckets).toMatchObject({ "0.5": 0, "1": 1, "2.5": 2, "+Inf": 2 });
    expect(histogram("notify_send_duration_seconds", "webhook")).toMatchObject({ count: 1, buckets: { "0.25": 0, "0.5": 1 } });
  });

  it("gives the queue, the dead letters, the circuits and the workers as gauges", () => {
    expect(family("notify_queue_depth").type).toBe("GAUGE");
    expect(values("notify_queue_depth", { withZeros: true })).toEqual({ "": 2 });
    expect(values("notify_queue_scheduled_jobs", { withZeros: true })).toEqual({ "": 1 });
    expect(values("notify_queue_running_jobs", { withZeros: true })).toEqual({ "": 1 });
    const oldest = values("notify_queue_oldest_job_age_seconds")[""];
    expect(oldest).toBeGreaterThanOrEqual(90);
    expect(oldest).toBeLessThan(120);
    expect(values("notify_dead_letters", { withZeros: true })).toEqual({ "": 2 });
    expect(values("notify_open_circuits", { withZeros: true })).toEqual({ "": 1 });
    expect(values("notify_workers_alive", { withZeros: true })).toEqual({ "": 1 });
    expect(values("notify_delivery_paused", { withZeros: true })).toEqual({ "": 1 });
    expect(values("notify_metrics_collect_duration_seconds")[""]).toBeGreaterThan(0);
  });

  it("follows the naming conventions: notify_ prefix, _total on counters only, HELP on every metric", () => {
    for (const { name, type, help } of families) {
      expect(name).toMatch(/^notify_[a-z_]+$/);
      expect(name.endsWith("_total")).toBe(type === "COUNTER");
      expect(help.length).toBeGreaterThan(10);
    }
  });

  it("keeps counting after the first scrape: new sends, new attempts, and an attempt that was in flight", async () => {
    await db().deliveryAttempt.updateMany({ where: { notificationId: 8 }, data: { outcome: "DELIVERED", durationMs: 700, finishedAt: new Date() } });
    await db().$executeRaw`update notifications set status = 'SENT', sent_at = now() where id = 8`;
    await db().$executeRaw`insert into delivery_attempts (notification_id, attempt_number, started_at, finished_at, outcome, duration_ms)
      values (9, 2, now(), now(), 'DELIVERED', 40)`;
    const answer = await scrape(`Bearer ${TOKEN}`);
    exposition = answer.text;
    families = parsePrometheusText(exposition);
    expect(values("notify_delivery_attempts_total")).toMatchObject({ "channel=slack,outcome=delivered": 2, "channel=webhook,outcome=delivered": 1 });
    expect(values("notify_notifications_sent_total")).toMatchObject({ "channel=slack,type=alert": 2 });
    expect(histogram("notify_delivery_latency_seconds", "slack").count).toBe(2);
    expect(histogram("notify_send_duration_seconds", "slack")).toMatchObject({ count: 3, buckets: { "0.5": 0, "1": 2, "2.5": 3 } });
    expect(histogram("notify_send_duration_seconds", "webhook")).toMatchObject({ count: 2, buckets: { "0.05": 1, "0.5": 2 } });
  });

  it("refuses a missing or wrong token with 401", async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape("Bearer not-the-metrics-token-at-all-0123")).status).toBe(401);
    expect((await scrape(`Basic ${Buffer.from(`prometheus:${TOKEN}`).toString("base64")}`)).status).toBe(401);
  });

  it("does not exist (404) while METRICS_TOKEN is unset", async () => {
    vi.resetModules();
    delete process.env.METRICS_TOKEN;
    try {
      const fresh = await import("@/app/metrics/route");
      expect((await scrape(`Bearer ${TOKEN}`, fresh.GET)).status).toBe(404);
      expect((await scrape(undefined, fresh.GET)).status).toBe(404);
    } finally {
      process.env.METRICS_TOKEN = TOKEN;
    }
  });

  const promtoolTitle = existsSync(PROMTOOL)
    ? "passes promtool check metrics with no errors or lint problems"
    : `promtool check metrics: SKIPPED, ${PROMTOOL} is not installed (apt-get install prometheus; CI installs it)`;
  it.skipIf(!existsSync(PROMTOOL))(promtoolTitle, async () => {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = execFile(PROMTOOL, ["check", "metrics"], (error, stdout, stderr) => resolve({ code: error ? (child.exitCode ?? 1) : 0, output: `${stdout}${stderr}` }));
      child.stdin?.end(exposition);
    });
    expect(output).toBe("");
    expect(code).toBe(0);
  });
});
