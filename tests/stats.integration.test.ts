import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";

// The dashboard's figures against a seeded set with known outcomes and
// times: every count per status, the success rate, percentiles, chart
// buckets, top failures, the channel and type filters and the window's edges
// (created at `from` is in, at `to` is out; created before but sent inside
// counts as a delivery only).
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { createMaintenanceWindow } = await import("@/server/maintenance/maintenance-windows");
const { getStatsOverview } = await import("@/server/stats/get-stats-overview");
const { createCaller } = await import("@/server/api/root");
const statsRoute = await import("@/app/api/v1/stats/route");

afterAll(async () => {
  await disconnectDb();
  await scratch.drop();
});

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
// Half past the previous hour: in the past (the rollup only sums closed periods) and on a 5-minute boundary.
const NOW = new Date(Math.floor(Date.now() / HOUR) * HOUR - HOUR + 30 * MIN);
const ago = (ms: number) => new Date(NOW.getTime() - ms);

type TSeed = { channel?: "EMAIL" | "SLACK" | "TEAMS" | "WEBHOOK" | "SMS"; type?: string; status: "SENT" | "FAILED" | "DEAD" | "DEFERRED" | "FOLDED" | "SUPPRESSED" | "CANCELLED" | "PENDING"; createdAgo: number; latencyMs?: number; destinationKey?: string; error?: [string, string] };
const seeds: Record<string, TSeed> = {
  A: { status: "SENT", type: "job.failed", createdAgo: 10 * MIN, latencyMs: 100 },
  B: { status: "SENT", type: "job.failed", createdAgo: 20 * MIN, latencyMs: 200 },
  C: { status: "SENT", channel: "SLACK", type: "job.completed", createdAgo: 30 * MIN, latencyMs: 300 },
  D: { status: "SENT", channel: "SLACK", type: "job.completed", createdAgo: 40 * MIN, latencyMs: 400 },
  E: { status: "FAILED", channel: "WEBHOOK", type: "job.failed", createdAgo: 15 * MIN, destinationKey: "webhook:adhoc:abc", error: ["gone", "HTTP 410 Gone"] },
  F: { status: "DEAD", channel: "WEBHOOK", type: "job.failed", createdAgo: 25 * MIN, destinationKey: "webhook:adhoc:abc", error: ["server_error", "HTTP 500 Internal Server Error"] },
  G: { status: "DEFERRED", type: "job.failed", createdAgo: 5 * MIN },
  H: { status: "FOLDED", type: "alert.cpu", createdAgo: 6 * MIN },
  I: { status: "SUPPRESSED", type: "alert.cpu", createdAgo: 7 * MIN },
  J: { status: "CANCELLED", type: "job.failed", createdAgo: 8 * MIN },
  K: { status: "PENDING", type: "job.failed", createdAgo: 9 * MIN },
  // Created before the hour, delivered inside it: a delivery of the hour, not one of its notifications.
  L: { status: "SENT", type: "job.failed", createdAgo: 61 * MIN, latencyMs: 2 * MIN },
  // Created exactly at `from` (in) and exactly at `to` (out).
  M: { status: "SENT", type: "job.failed", createdAgo: HOUR, latencyMs: 50 },
  N: { status: "SENT", type: "job.failed", createdAgo: 0, latencyMs: 10 },
  O: { status: "SENT", channel: "SMS", type: "job.failed", createdAgo: 5 * HOUR, latencyMs: 1000 },
  P: { status: "FAILED", channel: "TEAMS", type: "job.failed", createdAgo: 3 * HOUR, destinationKey: "teams:channel:1", error: ["timeout", "Timed out after 10 s"] },
  Q: { status: "SENT", type: "job.failed", createdAgo: 3 * DAY, latencyMs: 500 },
  R: { status: "SENT", type: "job.failed", createdAgo: 3 * DAY + HOUR, latencyMs: 500 },
  S: { status: "SENT", channel: "SLACK", type: "job.failed", createdAgo: 20 * DAY, latencyMs: 800 },
  T: { status: "SENT", type: "job.failed", createdAgo: 31 * DAY, latencyMs: 100 },
};
await db().notification.createMany({
  data: Object.entries(seeds).map(([name, seed]) => {
    const createdAt = ago(seed.createdAgo);
    return {
      subject: name,
      body: name,
      recipientEmail: seed.channel && seed.channel !== "EMAIL" ? null : `${name.toLowerCase()}@example.com`,
      channel: seed.channel ?? "EMAIL",
      notificationType: seed.type ?? "job.failed",
      status: seed.status,
      destinationKey: seed.destinationKey ?? null,
      lastErrorType: seed.error?.[0] ?? null,
      errorMessage: seed.error?.[1] ?? null,
      createdAt,
      updatedAt: createdAt,
      sentAt: seed.latencyMs === undefined ? null : new Date(createdAt.getTime() + seed.latencyMs),
    };
  }),
});
await db().destinationState.create({ data: { destinationKey: "webhook:adhoc:abc", channel: "WEBHOOK", label: "https://hooks.example.com/…" } });
const eventRow = (id: string, type: string, receivedAgo: number) => ({ id, type, severity: "WARNING" as const, title: type, groupKey: id, occurredAt: ago(receivedAgo), receivedAt: ago(receivedAgo), requestHash: id });
await db().event.createMany({
  data: [eventRow("01900000-0000-7000-8000-000000000001", "job.failed", 10 * MIN), eventRow("01900000-0000-7000-8000-000000000002", "job.completed", 2 * HOUR), eventRow("01900000-0000-7000-8000-000000000003", "job.failed", 40 * DAY)],
});
await db().routingDecision.createMany({
  data: [
    { eventId: "01900000-0000-7000-8000-000000000001", recipient: "Nobody", outcome: "SUPPRESSED", reason: "No rule matched", createdAt: ago(10 * MIN) },
    { eventId: "01900000-0000-7000-8000-000000000001", recipient: "a@example.com", outcome: "NOTIFIED", reason: "Rule", createdAt: ago(10 * MIN) },
  ],
});
await db().incident.createMany({
  data: [
    { policyName: "On-call", title: "Backups failing", severity: "CRITICAL", incidentKey: "executor:backup", status: "TRIGGERED" },
    { policyName: "On-call", title: "Old outage", severity: "WARNING", incidentKey: "executor:old", status: "RESOLVED" },
  ],
});
await createMaintenanceWindow({ input: { name: "DB upgrade", starts_at: new Date(Date.now() - HOUR).toISOString(), ends_at: new Date(Date.now() + HOUR).toISOString() }, actor: "user:test@example.com" });
await db().$executeRaw`select graphile_worker.add_job('stats__probe', '{}'::json, run_at := now() - interval '2 minutes')`;

const overview = (query: Record<string, string>) => getStatsOverview(query, NOW);
const total = (buckets: { email: number; slack: number; teams: number; webhook: number; sms: number }[]) =>
  buckets.reduce((sum, b) => sum + b.email + b.slack + b.teams + b.webhook + b.sms, 0);

describe("statistics", () => {
  it("counts the last hour's notifications by outcome, its deliveries, events and suppressed decisions", async () => {
    const stats = await overview({ range: "1h" });
    expect(stats.totals).toEqual({ received_events: 1, created: 12, sent: 6, failed: 1, dead_lettered: 1, deferred: 1, suppressed: 2, folded: 1, cancelled: 1, in_flight: 1 });
    expect(stats.success_rate).toBe(0.75);
    expect(stats.from).toBe(ago(HOUR).toISOString());
    expect(stats.to).toBe(NOW.toISOString());
  });

  it("gives exact percentiles (percentile_cont) of created → sent for the short ranges", async () => {
    // Deliveries of the hour: 50, 100, 200, 300, 400 ms and 2 min (L).
    expect((await overview({ range: "1h" })).latency_ms).toEqual({ p50: 250, p95: 90_100, p99: 114_020, deliveries: 6, method: "exact" });
  });

  it("counts deliveries per 5-minute bucket and channel, every bucket present", async () => {
    const { sends_over_time: buckets, bucket_seconds } = await overview({ range: "1h" });
    expect(bucket_seconds).toBe(300);
    expect(buckets).toHaveLength(12);
    expect(buckets[0]!.start).toBe(ago(HOUR).toISOString());
    const at = (minutesAgo: number) => buckets.find((b) => b.start === ago(minutesAgo * MIN).toISOString());
    expect(at(10)).toEqual({ start: ago(10 * MIN).toISOString(), email: 1, slack: 0, teams: 0, webhook: 0, sms: 0 });
    expect(at(30)).toMatchObject({ email: 0, slack: 1 });
    expect(at(5)).toMatchObject({ email: 0, slack: 0 });
    expect(buckets.reduce((sum, b) => sum + b.email, 0)).toBe(4);
    expect(buckets.reduce((sum, b) => sum + b.slack, 0)).toBe(2);
  });

  it("ranks failing destinations and error reasons with the newest reply", async () => {
    const stats = await overview({ range: "24h" });
    expect(stats.top_failing_destinations).toEqual([
      { destination: "webhook:adhoc:abc", label: "https://hooks.example.com/…", channel: "webhook", failures: 2, last_error: "HTTP 410 Gone", last_failed_at: ago(15 * MIN).toISOString() },
      { destination: "teams:channel:1", label: "teams:channel:1", channel: "teams", failures: 1, last_error: "Timed out after 10 s", last_failed_at: ago(3 * HOUR).toISOString() },
    ]);
    expect(stats.top_errors.map((row) => [row.error_type, row.channel, row.count, row.last_reply])).toEqual([
      ["gone", "webhook", 1, "HTTP 410 Gone"],
      ["server_error", "webhook", 1, "HTTP 500 Internal Server Error"],
      ["timeout", "teams", 1, "Timed out after 10 s"],
    ]);
  });

  it("filters by channel and by type (exact or a prefix)", async () => {
    const slack = await overview({ range: "1h", channel: "slack" });
    expect(slack.totals).toMatchObject({ created: 2, sent: 2, failed: 0, suppressed: 0, received_events: 1 });
    expect(slack.success_rate).toBe(1);
    expect(total(slack.sends_over_time)).toBe(2);
    const failedJobs = await overview({ range: "1h", type: "job.failed" });
    expect(failedJobs.totals).toMatchObject({ created: 8, sent: 4, failed: 1, dead_lettered: 1, deferred: 1, suppressed: 1, folded: 0, received_events: 1 });
    const alerts = await overview({ range: "1h", type: "alert.*" });
    expect(alerts.totals).toMatchObject({ created: 2, sent: 0, folded: 1, suppressed: 1, received_events: 0 });
    expect(alerts.success_rate).toBeNull();
    expect(alerts.latency_ms).toEqual({ p50: null, p95: null, p99: null, deliveries: 0, method: "exact" });
  });

  it("widens to 24 hours, 7 days and 30 days, the long ones from the rollup with the cut periods read live", async () => {
    const day = await overview({ range: "24h" });
    expect(day.totals).toMatchObject({ created: 15, sent: 7, failed: 2, received_events: 2 });
    expect(day.sends_over_time).toHaveLength(25);
    expect(total(day.sends_over_time)).toBe(7);

    // The worker's cron sums the closed periods first, so the view below reads them and pays nothing.
    const { rollUpClosedPeriods } = await import("@/server/stats/roll-up-periods");
    await rollUpClosedPeriods();
    const [summed] = await db().$queryRaw<{ sends: number; created: number }[]>`
      select (select coalesce(sum(sends), 0)::int from delivery_rollups) as sends, (select coalesce(sum(created), 0)::int from creation_rollups) as created`;
    expect(summed!.sends).toBeGreaterThanOrEqual(4);
    expect(summed!.created).toBeGreaterThanOrEqual(2);

    const week = await overview({ range: "7d" });
    expect(week.totals).toMatchObject({ sent: 9, created: 17 });
    expect(week.bucket_seconds).toBe(6 * 3600);
    expect(total(week.sends_over_time)).toBe(9);
    // Exact p50 of the week's 9 deliveries is 400 ms; the histogram places it within its ~19% bucket.
    expect(week.latency_ms).toMatchObject({ deliveries: 9, method: "histogram" });
    expect(week.latency_ms.p50).toBeGreaterThan(330);
    expect(week.latency_ms.p50).toBeLessThan(480);
    const [rolled] = await db().$queryRaw<{ sends: number }[]>`select coalesce(sum(sends), 0)::int as sends from delivery_rollups`;
    expect(rolled!.sends).toBeGreaterThanOrEqual(4);
    // The week's "created" is partly the creation rollup too, with the same total as counting rows.
    const [createdRolled] = await db().$queryRaw<{ created: number }[]>`select coalesce(sum(created), 0)::int as created from creation_rollups`;
    expect(createdRolled!.created).toBeGreaterThanOrEqual(2);

    const month = await overview({ range: "30d" });
    expect(month.totals).toMatchObject({ sent: 10, created: 18 });
    expect(month.sends_over_time).toHaveLength(31);
    expect(month.sends_over_time.reduce((sum, b) => sum + b.slack, 0)).toBe(3);
    // Asking again reads the same rollup rows: nothing counted twice.
    expect((await overview({ range: "30d" })).totals).toMatchObject({ sent: 10, created: 18 });
  });

  it("shows the queue, open incidents and active maintenance windows", async () => {
    const stats = await overview({ range: "1h" });
    expect(stats.queue).toMatchObject({ running: false, queued: 1, scheduled: 0, in_progress: 0 });
    expect(Date.now() - new Date(stats.queue.oldest_waiting_since!).getTime()).toBeGreaterThan(100_000);
    expect(stats.incidents).toMatchObject({ open: 1, latest: [{ title: "Backups failing", severity: "critical", status: "triggered" }] });
    expect(stats.maintenance.active).toMatchObject([{ name: "DB upgrade" }]);
  });

  it("answers GET /api/v1/stats with the same figures, 400 naming a bad field, 401 without a key", async () => {
    const key = (await createApiKey({ name: "reader", scopes: ["notifications:read"] })).secret;
    const get = (search: string, authorization: string | null = `Bearer ${key}`) =>
      statsRoute.GET(new Request(`http://test/api/v1/stats${search}`, { headers: authorization ? { authorization } : {} }), { params: Promise.resolve({}) });
    const ok = await get("?range=24h&channel=&type=");
    expect(ok.status).toBe(200);
    const body = await ok.json();
    // The route asks about the present, up to 90 minutes after NOW: the same day's figures.
    expect(body).toMatchObject({ range: "24h", channel: null, type: null, totals: { received_events: 2, failed: 2, dead_lettered: 1 } });
    expect(body.top_failing_destinations[0]).toMatchObject({ destination: "webhook:adhoc:abc", failures: 2 });
    const bad = await get("?range=2d&channel=pager");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toEqual({ range: ["must be 1h, 24h, 7d or 30d"], channel: ["must be email, slack, teams, webhook or sms"] });
    expect((await get("", null)).status).toBe(401);
  });

  it("answers tRPC stats.overview for any signed-in user, checked against its output schema", async () => {
    const viewer = await createUser({ email: "viewer@example.com", role: "VIEWER", password: "viewer-password" });
    // The present's last day (NOW is 30 to 90 minutes ago): every email row but the 3-day-old and older ones, N included.
    const stats = await createCaller({ user: viewer }).stats.overview({ range: "24h", channel: "email" });
    expect(stats.totals).toMatchObject({ sent: 5, created: 10 });
    await expect(createCaller({ user: null }).stats.overview({ range: "1h" })).rejects.toThrow(/Sign in/);
  });
});
