import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { v7 as uuidv7 } from "uuid";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startHttpReceiver } from "./support/http-receiver";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// Events in, the right people told: REST -> events + routing job in one
// transaction -> real worker routes with rules and preferences -> notifications
// -> real SMTP server and a real Slack receiver on loopback.
const scratch = await createScratchDatabase();
const smtp = await startCaptureSmtp();
const slack = await startHttpReceiver();
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = smtp.url;
process.env.NOTIFY_ALLOW_PRIVATE_DESTINATIONS = "true";
// A batch of N events costs N requests; the batch of 1,000 below is more than a minute's default (600).
process.env.API_RATE_LIMIT_PER_MINUTE = "10000";

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { savePreferences } = await import("@/server/preferences/save-preferences");
const { startWorker } = await import("../worker/start-worker");
const eventsRoute = await import("@/app/api/v1/events/route");
const eventRoute = await import("@/app/api/v1/events/[id]/route");
const notificationsRoute = await import("@/app/api/v1/notifications/route");
const notificationRoute = await import("@/app/api/v1/notifications/[id]/route");

const ana = await createUser({ email: "ana@example.com", role: "OPERATOR", password: "ana-password" });
const bob = await createUser({ email: "bob@example.com", role: "OPERATOR", password: "bob-password" });
const cleo = await createUser({ email: "cleo@example.com", role: "VIEWER", password: "cleo-password" });
const dan = await createUser({ email: "dan@example.com", role: "ADMIN", password: "dan-password" });
await savePreferences({ user: ana.id, input: { slack_webhook_url: slack.url("/ana"), slack_enabled: true, subscriptions: [{ pattern: "job.failed", min_severity: "warning", channels: ["email", "slack"] }] } });
await savePreferences({ user: bob.id, input: { email_enabled: false } });
const key = (await createApiKey({ name: "executor", scopes: ["events:write", "events:read", "notifications:write", "notifications:read"] })).secret;
const worker = await startWorker({ concurrency: 4, pollInterval: 100 });

afterAll(async () => {
  await worker.stop();
  await disconnectDb();
  await slack.stop();
  await smtp.stop();
  await scratch.drop();
});

const auth = (headers: Record<string, string> = {}) => ({ authorization: `Bearer ${key}`, "content-type": "application/json", ...headers });
const postEvents = (body: unknown, headers: Record<string, string> = {}) =>
  eventsRoute.POST(new Request("http://test/api/v1/events", { method: "POST", headers: auth(headers), body: typeof body === "string" ? body : JSON.stringify(body) }), { params: Promise.resolve({}) });
const getEvent = async (id: string) => (await eventRoute.GET(new Request(`http://test/api/v1/events/${id}`, { headers: auth() }), { params: Promise.resolve({ id }) })).json();
const routed = (id: string) => waitFor(async () => (await db().event.findUnique({ where: { id } }))?.status === "ROUTED", 15_000, `event ${id} routed`);
const mailTo = (address: string, subject: string) => smtp.messages.filter((m) => m.envelope.to.includes(address) && m.parsed.subject?.includes(subject));

async function rule(name: string, match: unknown, actions: unknown, position: number) {
  return db().routingRule.create({ data: { name, match: match as object, actions: actions as object, position } });
}

const failedBackup = (runId: string, extra: Record<string, unknown> = {}) => ({
  type: "job.failed",
  source: "executor",
  job: { name: `backup-${runId}`, run_id: runId, status: "failed", host: "db-01", exit_code: 2, error: "pg_dump: connection refused" },
  labels: { env: "prod", team: "dba" },
  ...extra,
});

describe("routing events by rules and preferences", () => {
  const operatorsRule = rule("Prod failures to operators", { all: [{ field: "type", op: "glob", value: "job.*" }, { field: "severity", op: "gte", value: "warning" }, { field: "labels.env", op: "equals", value: "prod" }] }, { notify: [{ role: "OPERATOR" }] }, 0);

  it("tells exactly the matched users on the channels their preferences choose, and records why for everyone", async () => {
    const ruleRow = await operatorsRule;
    const response = await postEvents(failedBackup("r1"));
    expect(response.status).toBe(202);
    const { id, status } = await response.json();
    expect(status).toBe("received");
    await routed(id);

    await waitFor(async () => mailTo("ana@example.com", "Job backup-r1 failed on db-01").length === 1 && slack.receivedOn("/ana").length === 1, 15_000, "ana's email and Slack");
    const event = await getEvent(id);
    expect(event).toMatchObject({ id, type: "job.failed", severity: "warning", title: "Job backup-r1 failed on db-01", status: "routed" });
    const byRecipientChannel = Object.fromEntries(event.decisions.map((d: { recipient: string; channel: string | null }) => [`${d.recipient}/${d.channel}`, d]));
    expect(Object.keys(byRecipientChannel).sort()).toEqual(["ana@example.com/email", "ana@example.com/slack", "bob@example.com/email"]);
    expect(byRecipientChannel["ana@example.com/email"]).toMatchObject({ outcome: "notified", rule_id: ruleRow.id, rule_name: "Prod failures to operators", notification_id: expect.any(Number) });
    expect(byRecipientChannel["ana@example.com/email"].reason).toContain('subscription "job.failed"');
    expect(byRecipientChannel["bob@example.com/email"]).toMatchObject({ outcome: "suppressed", notification_id: null });
    expect(byRecipientChannel["bob@example.com/email"].reason).toMatch(/email is turned off/);
    // Nobody outside the audience hears of it: bob (email off), cleo and dan (not operators).
    expect(smtp.messages.filter((m) => m.parsed.subject?.includes("backup-r1")).map((m) => m.envelope.to)).toEqual([["ana@example.com"]]);
    const slackBody = JSON.parse(slack.receivedOn("/ana")[0]!.body);
    expect(JSON.stringify(slackBody)).toContain("backup-r1");
  });

  it("records 'no rule matched and no recipients' for an event nobody is meant to hear", async () => {
    const { id } = await (await postEvents({ type: "job.completed", source: "executor", job: { name: "quiet-job", run_id: "q1" } })).json();
    await routed(id);
    const event = await getEvent(id);
    expect(event.decisions).toEqual([expect.objectContaining({ recipient: "Nobody", outcome: "suppressed", reason: "No rule matched and the event names no recipients" })]);
  });

  it("delivers to the event's explicit recipients when no rule matches", async () => {
    const { id } = await (await postEvents({ type: "system.disk_full", source: "db-02", severity: "critical", recipients: [{ user: cleo.id }, { email: "outsider@example.com" }] })).json();
    await routed(id);
    await waitFor(async () => mailTo("cleo@example.com", "System event disk full").length === 1 && mailTo("outsider@example.com", "System event disk full").length === 1, 15_000, "explicit recipients");
    const event = await getEvent(id);
    expect(event.decisions.map((d: { outcome: string }) => d.outcome)).toEqual(["notified", "notified"]);
  });

  it("suppresses by rule, visibly", async () => {
    await rule("Drop staging noise", { all: [{ field: "labels.env", op: "equals", value: "staging" }] }, { suppress: true }, -1);
    const { id } = await (await postEvents(failedBackup("s1", { labels: { env: "staging" }, recipients: [{ user: dan.id }] }))).json();
    await routed(id);
    const event = await getEvent(id);
    expect(event.decisions).toEqual([expect.objectContaining({ recipient: "Everyone", outcome: "suppressed", reason: 'Suppressed by rule "Drop staging noise"' })]);
    expect(await db().notification.count({ where: { eventId: id } })).toBe(0);
  });
});

describe("quiet hours and do-not-disturb", () => {
  it("defers to the end of the quiet window, and lets critical events through", async () => {
    // A four-hour window around now, in Berlin.
    const berlinHour = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", hourCycle: "h23" }).format(new Date()));
    const clock = (hour: number) => `${String((hour + 24) % 24).padStart(2, "0")}:00`;
    const [start, end] = [clock(berlinHour - 2), clock(berlinHour + 2)];
    await savePreferences({ user: cleo.id, input: { quiet_hours_start: start, quiet_hours_end: end, timezone: "Europe/Berlin", critical_bypasses_quiet_hours: true } });
    const now = new Date();
    const routine = await (await postEvents({ type: "alert.cpu_high", severity: "warning", recipients: [{ user: cleo.id }] })).json();
    const critical = await (await postEvents({ type: "alert.cpu_melting", severity: "critical", recipients: [{ user: cleo.id }] })).json();
    await routed(routine.id);
    await routed(critical.id);

    const [deferred] = (await getEvent(routine.id)).decisions;
    expect(deferred).toMatchObject({ outcome: "deferred", recipient: "cleo@example.com", channel: "email" });
    expect(deferred.reason).toContain(`quiet hours ${start}–${end} Europe/Berlin`);
    const until = new Date(deferred.deliver_after);
    expect(until.getTime()).toBeGreaterThan(now.getTime());
    // The window's end in Berlin's own offset (+1 h in winter, +2 h in summer), within the next two hours.
    expect(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(until)).toBe(end);
    expect(until.getTime() - now.getTime()).toBeLessThanOrEqual(2 * 3_600_000);
    const notification = await db().notification.findUniqueOrThrow({ where: { id: deferred.notification_id } });
    expect(notification).toMatchObject({ status: "DEFERRED", deliverAfter: until });
    const [job] = await db().$queryRaw<{ run_at: Date }[]>`select run_at from graphile_worker._private_jobs where key = ${`delivery:${notification.id}`}`;
    expect(job?.run_at.getTime()).toBe(until.getTime());

    const [breaking] = (await getEvent(critical.id)).decisions;
    expect(breaking).toMatchObject({ outcome: "notified" });
    expect(breaking.reason).toContain("critical, so it breaks through quiet hours");
    await waitFor(async () => mailTo("cleo@example.com", "cpu melting").length === 1, 15_000, "critical mail");
    expect(mailTo("cleo@example.com", "cpu high")).toHaveLength(0);
    await savePreferences({ user: cleo.id, input: { quiet_hours_start: null, quiet_hours_end: null } });
  });

  it("holds a notification during do-not-disturb and sends it when that ends", async () => {
    await savePreferences({ user: dan.id, input: { dnd_until: new Date(Date.now() + 3_000).toISOString() } });
    const { id } = await (await postEvents({ type: "alert.backup_late", severity: "warning", recipients: [{ user: dan.id }] })).json();
    await routed(id);
    const [decision] = (await getEvent(id)).decisions;
    expect(decision).toMatchObject({ outcome: "deferred" });
    expect(decision.reason).toContain("do not disturb until");
    expect(await db().notification.findUniqueOrThrow({ where: { id: decision.notification_id } })).toMatchObject({ status: "DEFERRED" });
    expect(mailTo("dan@example.com", "backup late")).toHaveLength(0);
    await waitFor(async () => mailTo("dan@example.com", "backup late").length === 1, 20_000, "mail after DND");
    // SENT is recorded just after the SMTP server accepts the message.
    await waitFor(async () => (await db().notification.findUniqueOrThrow({ where: { id: decision.notification_id } })).status === "SENT", 10_000, "SENT");
  });

  it("DELETE cancels a deferred notification, and nothing is sent", async () => {
    await savePreferences({ user: dan.id, input: { dnd_until: new Date(Date.now() + 2_000).toISOString() } });
    const { id } = await (await postEvents({ type: "alert.never_sent", severity: "warning", recipients: [{ user: dan.id }] })).json();
    await routed(id);
    const [decision] = (await getEvent(id)).decisions;
    const notificationId = String(decision.notification_id);
    const cancel = () => notificationRoute.DELETE(new Request(`http://test/api/v1/notifications/${notificationId}`, { method: "DELETE", headers: auth() }), { params: Promise.resolve({ id: notificationId }) });
    const cancelled = await cancel();
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ status: "cancelled", cancelled_at: expect.any(String) });
    expect(await db().$queryRaw`select 1 from graphile_worker._private_jobs where key = ${`delivery:${notificationId}`}`).toEqual([]);
    expect((await cancel()).status).toBe(409);
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(mailTo("dan@example.com", "never sent")).toHaveLength(0);
    expect(await db().notification.findUniqueOrThrow({ where: { id: Number(notificationId) } })).toMatchObject({ status: "CANCELLED", cancelledBy: "api_key:executor" });
  });
});

describe("direct notifications follow a known recipient's preferences", () => {
  const direct = (recipient: string, subject: string) =>
    notificationsRoute.POST(
      new Request("http://test/api/v1/notifications", { method: "POST", headers: auth(), body: JSON.stringify({ recipient_email: recipient, subject, body: "Direct.", notification_type: "job_failed" }) }),
      { params: Promise.resolve({}) },
    );

  it("suppresses email to a user who turned email off, with the reason", async () => {
    const response = await direct("bob@example.com", "Direct to bob");
    expect(response.status).toBe(202);
    const body = await response.json();
    expect(body).toMatchObject({ status: "suppressed", decision: { outcome: "suppressed" } });
    expect(body.decision.reason).toMatch(/email is turned off/);
    const detail = await (await notificationRoute.GET(new Request(`http://test/api/v1/notifications/${body.id}`, { headers: auth() }), { params: Promise.resolve({ id: String(body.id) }) })).json();
    expect(detail.decisions).toEqual([expect.objectContaining({ outcome: "suppressed", recipient: "bob@example.com" })]);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(mailTo("bob@example.com", "Direct to bob")).toHaveLength(0);
  });

  it("defers email to a user in do-not-disturb and sends it to an unknown address at once", async () => {
    await savePreferences({ user: dan.id, input: { dnd_until: new Date(Date.now() + 60 * 60_000).toISOString() } });
    const held = await (await direct("dan@example.com", "Direct to dan")).json();
    expect(held).toMatchObject({ status: "deferred", deliver_after: expect.any(String) });
    const free = await (await direct("stranger@example.com", "Direct to stranger")).json();
    expect(free.status).toBe("pending");
    await waitFor(async () => mailTo("stranger@example.com", "Direct to stranger").length === 1, 15_000, "stranger mail");
    await savePreferences({ user: dan.id, input: { dnd_until: null } });
  });
});

describe("ingest", () => {
  it("stores nothing of a batch of 1,000 with one bad event, and names it", async () => {
    const events = Array.from({ length: 1_000 }, (_, i) => ({ type: "job.completed", source: "batch-test", job: { name: "bulk", run_id: `bulk-${i}` } }));
    events[537] = { ...events[537]!, job: { name: "bulk", run_id: "bulk-537", duration_ms: "slow" } as never };
    const response = await postEvents({ events });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.details).toEqual([{ index: 537, path: "job.duration_ms", message: expect.stringMatching(/number/) }]);
    expect(await db().event.count({ where: { source: "batch-test" } })).toBe(0);

    events[537] = { type: "job.completed", source: "batch-test", job: { name: "bulk", run_id: "bulk-537" } };
    const accepted = await postEvents({ events });
    expect(accepted.status).toBe(202);
    const { ids } = await accepted.json();
    expect(ids).toHaveLength(1_000);
    expect(await db().event.count({ where: { source: "batch-test" } })).toBe(1_000);
    const stored = await db().event.findMany({ where: { id: { in: [ids[0], ids[999]] } }, select: { id: true, job: true } });
    expect(stored.find((e) => e.id === ids[999])?.job).toMatchObject({ run_id: "bulk-999" });
    await waitFor(async () => (await db().event.count({ where: { source: "batch-test", status: "ROUTED" } })) === 1_000, 30_000, "batch routed");
  });

  it("deduplicates a retried job event without any key, so nobody gets a second email", async () => {
    const first = await (await postEvents(failedBackup("dup-1"))).json();
    const retry = await postEvents(failedBackup("dup-1"));
    expect(retry.status).toBe(202);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect((await retry.json()).id).toBe(first.id);
    await routed(first.id);
    await waitFor(async () => mailTo("ana@example.com", "backup-dup-1").length === 1, 15_000, "one email");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(mailTo("ana@example.com", "backup-dup-1")).toHaveLength(1);
    expect(await db().event.count({ where: { title: { contains: "backup-dup-1" } } })).toBe(1);
  });

  it("answers a repeated Idempotency-Key with the first event and refuses the same key with another body (422)", async () => {
    const body = { type: "alert.x", source: "prom" };
    const first = await (await postEvents(body, { "idempotency-key": "alert-x-1" })).json();
    const again = await postEvents(body, { "idempotency-key": "alert-x-1" });
    expect((await again.json()).id).toBe(first.id);
    const different = await postEvents({ ...body, title: "Something else" }, { "idempotency-key": "alert-x-1" });
    expect(different.status).toBe(422);
    expect((await different.json()).details).toEqual([expect.objectContaining({ index: 0, path: "idempotency_key" })]);
  });

  it.each([
    ["an unknown type shape", { type: "Job Failed" }, "type"],
    ["an unknown severity", { type: "job.failed", severity: "urgent" }, "severity"],
    ["an unknown field", { type: "job.failed", colour: "red" }, ""],
    ["a bad occurred_at", { type: "job.failed", occurred_at: "yesterday" }, "occurred_at"],
    ["a bad recipient", { type: "job.failed", recipients: [{ group: "ops" }] }, "recipients.0"],
    ["too many labels", { type: "job.failed", labels: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"])) }, "labels"],
  ])("refuses %s with 400 naming the path", async (_label, body, path) => {
    const response = await postEvents(body);
    expect(response.status).toBe(400);
    const { details } = await response.json();
    expect(details[0]).toMatchObject({ index: 0 });
    if (path) expect(details[0].path).toBe(path);
    else expect(details[0].message).toMatch(/colour/);
  });

  it("lists events newest first with filters and a cursor", async () => {
    const list = async (query: string) => (await eventsRoute.GET(new Request(`http://test/api/v1/events?${query}`, { headers: auth() }), { params: Promise.resolve({}) })).json();
    const firstPage = await list("type=job.*&label=env:prod&limit=1");
    expect(firstPage.data).toHaveLength(1);
    expect(firstPage.data.every((event: { type: string; labels: Record<string, string> }) => event.type.startsWith("job.") && event.labels.env === "prod")).toBe(true);
    expect(firstPage.next_cursor).toBe(firstPage.data[0].id);
    const second = await list(`type=job.*&label=env:prod&limit=1&cursor=${firstPage.next_cursor}`);
    expect(second.data).toHaveLength(1);
    expect(second.data[0].id < firstPage.data[0].id).toBe(true);
    expect(second.data[0].labels.env).toBe("prod");
    expect((await list("severity=critical")).data.every((event: { severity: string }) => event.severity === "critical")).toBe(true);
    const bad = await eventsRoute.GET(new Request("http://test/api/v1/events?severity=loud", { headers: auth() }), { params: Promise.resolve({}) });
    expect(bad.status).toBe(400);
  });
});

describe("the worker's routing thread", () => {
  it("routes a batch while the worker's main thread is busy", async () => {
    const { routeInThread } = await import("../worker/route-in-thread");
    // Stored without a routing job, so only the call below routes them.
    const receivedEvent = async (title: string) =>
      (await db().event.create({ data: { id: randomUUID(), type: "system.disk_full", severity: "WARNING", title, groupKey: title, occurredAt: new Date(), requestHash: title } })).id;
    await routeInThread([await receivedEvent("warm-up")]);
    const id = await receivedEvent("thread-test");
    const routing = routeInThread([id]);
    await new Promise((resolve) => setImmediate(resolve));
    // This thread runs the test, the API and the worker's deliveries. It now
    // stops yielding and asks the database from a child process until the
    // event is routed: only a thread of routing's own can route meanwhile.
    const statusQuery = `const pg = require("pg"); const c = new pg.Client(process.env.DATABASE_URL); c.connect().then(() => c.query("select status from events where id = '${id}'")).then((r) => { process.stdout.write(r.rows[0].status); return c.end(); });`;
    const statusNow = () => execFileSync(process.execPath, ["-e", statusQuery], { encoding: "utf8" });
    const busyFrom = Date.now();
    let status = statusNow();
    while (status !== "ROUTED" && Date.now() - busyFrom < 10_000) status = statusNow();
    expect(status).toBe("ROUTED");
    expect(await routing).toMatchObject({ routed: 1, failed: 0 });
  });

  it("commits a burst's first batch in slices of 100, 300 and the rest, and a batch that comes meanwhile after those, at once", async () => {
    const { routeInThread } = await import("../worker/route-in-thread");
    // Stored without routing jobs, in arrival order (UUIDv7 ids, as ingest makes them).
    const receivedEvents = async (prefix: string, count: number) => {
      const rows = Array.from({ length: count }, (_, index) => ({
        id: uuidv7(),
        type: "system.slice_check",
        severity: "INFO" as const,
        title: `${prefix} ${index}`,
        groupKey: `${prefix}-${index}`,
        occurredAt: new Date(),
        requestHash: `${prefix}-${index}`,
      }));
      await db().event.createMany({ data: rows });
      return rows.map((row) => row.id);
    };
    const first = await receivedEvents("burst-first", 1_000);
    const meanwhile = await receivedEvents("burst-second", 500);
    const [firstSummary, meanwhileSummary] = await Promise.all([routeInThread(first), routeInThread(meanwhile)]);
    expect(firstSummary).toMatchObject({ routed: 1_000, failed: 0 });
    expect(meanwhileSummary).toMatchObject({ routed: 500, failed: 0 });
    // Each slice is its own routing transaction and carries its own routed_at.
    const commits = async (ids: string[]) => {
      const events = await db().event.findMany({ where: { id: { in: ids } }, select: { id: true, routedAt: true } });
      const routedAt = new Map(events.map((event) => [event.id, event.routedAt?.getTime()]));
      const sizes: number[] = [];
      let last: number | undefined;
      for (const id of ids) {
        const at = routedAt.get(id);
        if (at === undefined) throw new Error(`event ${id} has no routed_at`);
        if (last !== undefined && at < last) throw new Error("a later event was routed before an earlier one");
        if (at === last) sizes.push((sizes.pop() ?? 0) + 1);
        else sizes.push(1);
        last = at;
      }
      return sizes;
    };
    expect(await commits(first)).toEqual([100, 300, 600]);
    expect(await commits(meanwhile)).toEqual([500]);
    // The batch that came meanwhile waited for the small slices (routed_at is when a transaction starts).
    const routedAt = async (id: string) => (await db().event.findUniqueOrThrow({ where: { id } })).routedAt?.getTime() ?? NaN;
    expect(await routedAt(meanwhile[0] as string)).toBeGreaterThan(await routedAt(first[100] as string));
  });
});
