import { notificationRequestBody } from "./sample-notification";

/** The bench's users are user0001@bench.local … user1000@bench.local (1-based, as in the rules). */
export const benchUserEmail = (index: number) => `user${String(index).padStart(4, "0")}@bench.local`;
/**
 * Phase 3's recipients: enough of them that no one passes RATE_LIMIT_EMAIL
 * (30 per 10 min) over phases 3b and 3c, so the drain measures delivery, not
 * noise control folding one person's 5,000 messages into a summary.
 */
export const DRAIN_USERS = 500;
export const drainUserEmail = (index: number) => `drain${String(index % DRAIN_USERS).padStart(3, "0")}@bench.local`;
/**
 * The direct drain's recipients, as many as the routed drain's (but not
 * users): per-destination work at send time (its state, its time zone) is
 * then the same on both sides, and the difference is routing's.
 */
export const directDrainEmail = (index: number) => `direct${String(index % DRAIN_USERS).padStart(3, "0")}@bench.local`;
/** Events from this source are routed by the drain rule alone (see event-rules.ts). */
export const DRAIN_SOURCE = "bench-drain";

/** Deterministic per index, so every run posts the same mix. */
function randomFor(seed: number): () => number {
  let state = (seed * 0x9e3779b1) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const JOBS = [
  { name: "nightly-backup-db", host: "db-01", team: "platform" },
  { name: "nightly-backup-files", host: "nas-02", team: "platform" },
  { name: "etl-orders", host: "batch-03", team: "data" },
  { name: "etl-clickstream", host: "batch-07", team: "data" },
  { name: "etl-invoices", host: "batch-04", team: "payments" },
  { name: "settle-payments", host: "pay-01", team: "payments" },
  { name: "reconcile-ledger", host: "db-02", team: "payments" },
  { name: "reindex-search", host: "search-01", team: "search" },
  { name: "warm-search-cache", host: "search-02", team: "search" },
  { name: "build-sitemap", host: "web-03", team: "web" },
  { name: "purge-cdn", host: "web-01", team: "web" },
  { name: "rotate-logs", host: "ops-01", team: "platform" },
  { name: "vacuum-analytics", host: "db-03", team: "data" },
  { name: "hourly-metrics-rollup", host: "batch-01", team: "data" },
  { name: "nightly-report-mailer", host: "batch-02", team: "web" },
  { name: "renew-certificates", host: "ops-02", team: "platform" },
] as const;
const ENVS = ["prod", "prod", "prod", "prod", "prod", "staging", "staging", "staging", "dev", "dev"] as const;
const REGIONS = ["eu-west-1", "us-east-1", "ap-south-1"] as const;
const ALERTS = ["alert.disk_full", "alert.cpu_high", "alert.memory_high"] as const;
const ERRORS = [
  "Command exited with status 1: pg_dump: error: connection to server lost",
  "java.lang.OutOfMemoryError: Java heap space",
  "Timeout after 3600 s waiting for lock on table orders",
  "HTTP 503 from upstream https://api.internal/payments",
];
// A realistic tail of a failed run, about 1 KB.
const LOG_TAIL = Array.from({ length: 12 }, (_, line) => `2026-12-01T02:0${line % 10}:1${line % 10}Z INFO step ${line + 1}/12 processed ${1000 + line * 37} rows in ${20 + line} ms`).join("\n");

/**
 * The `index`-th event of the routing mix: mostly job events from executors
 * (failures, completions, starts, timeouts), some alerts, restarts and
 * deploys, labelled by env/team/region; about a third name the job's owner
 * among the 1,000 users as an explicit recipient. Each run id is unique, so
 * no event is a duplicate of another.
 */
export function mixedEvent(index: number, userCount: number): Record<string, unknown> {
  const random = randomFor(index + 1);
  const job = pick(random, JOBS);
  const env = pick(random, ENVS);
  const labels = { env, team: job.team, region: pick(random, REGIONS) };
  const owner = random() < 0.33 ? [{ user: benchUserEmail(1 + Math.floor(random() * userCount)) }] : undefined;
  const roll = random();
  const runId = `run-${index}`;
  if (roll < 0.3) {
    const error = pick(random, ERRORS);
    return {
      type: "job.failed",
      ...(random() < 0.2 ? { severity: "critical" } : {}),
      source: "scheduler",
      ...(error.includes("OutOfMemory") ? { title: `Job ${job.name} ran out of memory on ${job.host}` } : {}),
      message: error,
      job: { name: job.name, run_id: runId, status: "failed", host: job.host, duration_ms: Math.round(random() * 900_000), exit_code: error.includes("OutOfMemory") ? 137 : 1, error, step: "run", log_excerpt: LOG_TAIL },
      labels,
      recipients: owner,
    };
  }
  if (roll < 0.55) {
    return { type: "job.completed", source: "scheduler", job: { name: job.name, run_id: runId, status: "success", host: job.host, duration_ms: Math.round(random() * 5_400_000), exit_code: 0 }, labels, recipients: owner };
  }
  if (roll < 0.62) return { type: "job.started", source: "scheduler", job: { name: job.name, run_id: runId, status: "running", host: job.host }, labels };
  if (roll < 0.67) {
    return { type: "job.timeout", source: "scheduler", message: "The run exceeded its 1 h limit and was stopped", job: { name: job.name, run_id: runId, status: "timeout", host: job.host, duration_ms: 3_600_000 }, labels, recipients: owner };
  }
  if (roll < 0.85) {
    const type = pick(random, ALERTS);
    const severity = random() < 0.25 ? "critical" : "warning";
    return { type, severity, source: "prometheus", message: `${type.slice(6).replace("_", " ")} on ${job.host} for 5 minutes`, job: { host: job.host }, labels, data: { value: Math.round(random() * 100), threshold: 90 }, group_key: `${type}:${job.host}` };
  }
  if (roll < 0.92) return { type: "system.restart", source: "scheduler", message: "Scheduler restarted after an upgrade", labels };
  return { type: "deploy.finished", source: "ci", title: `Deployed ${job.team}-service ${1 + (index % 90)}.${index % 10}`, labels: { ...labels, service: `${job.team}-service` } };
}

/** `{"events": [...]}` of `count` events of the mix, starting at `first`. */
export function mixedBatchBody(first: number, count: number, userCount: number): string {
  return JSON.stringify({ events: Array.from({ length: count }, (_, offset) => mixedEvent(first + offset, userCount)) });
}

/**
 * The event-routed twin of the email bench's direct notification: the same
 * subject and body, as a job.completed event naming one drain user (the
 * drain rule stops the others); its own group, so no flood circuit trips.
 */
export function drainEvent(index: number): Record<string, unknown> {
  const direct = JSON.parse(notificationRequestBody(index)) as { subject: string; body: string };
  return {
    type: "job.completed",
    source: DRAIN_SOURCE,
    title: direct.subject,
    message: direct.body,
    job: { name: "nightly-backup", run_id: `drain-${index}`, status: "success", host: "db-01", duration_ms: 812_000 },
    labels: { env: "prod" },
    group_key: `drain-${index}`,
    recipients: [{ user: drainUserEmail(index) }],
  };
}
