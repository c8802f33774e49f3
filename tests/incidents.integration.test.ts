import { v7 as uuidv7 } from "uuid";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// Escalation with acknowledgement, on the real worker with levels seconds
// apart: level 1 at once, level 2 after 2 s, an acknowledgement stops level
// 3 for good; the acknowledge link works once; a job that completes resolves
// its incident and tells everyone who heard of the failure that it recovered.
const scratch = await createScratchDatabase();
const smtp = await startCaptureSmtp();
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = smtp.url;
process.env.API_RATE_LIMIT_PER_MINUTE = "100000";

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { saveEscalationPolicy } = await import("@/server/incidents/escalation-policies");
const { startWorker } = await import("../worker/start-worker");
const eventsRoute = await import("@/app/api/v1/events/route");
const incidentRoute = await import("@/app/api/v1/incidents/[id]/route");
const acknowledgeRoute = await import("@/app/api/v1/incidents/[id]/acknowledge/route");
const confirmRoute = await import("@/app/ack/[token]/confirm/route");

await createUser({ email: "first@example.com", role: "OPERATOR", password: "first-password" });
await createUser({ email: "second@example.com", role: "OPERATOR", password: "second-password" });
await createUser({ email: "third@example.com", role: "ADMIN", password: "third-password" });
const key = (await createApiKey({ name: "executor", scopes: ["events:write", "notifications:read", "notifications:write"] })).secret;
const policy = await saveEscalationPolicy({
  input: {
    name: "Database on-call",
    levels: [
      { delay_seconds: 0, targets: [{ user: "first@example.com" }] },
      { delay_seconds: 2, targets: [{ user: "second@example.com" }] },
      { delay_seconds: 2, targets: [{ user: "third@example.com" }] },
    ],
  },
});
const { savePreferences } = await import("@/server/preferences/save-preferences");
const { routeEvents } = await import("@/server/routing/route-events");
const dozing = await createUser({ email: "dozing@example.com", role: "OPERATOR", password: "dozing-password" });
const waking = await createUser({ email: "waking@example.com", role: "OPERATOR", password: "waking-password" });
await db().routingRule.create({ data: { name: "Web failures to the web team", position: 1, match: { all: [{ field: "labels.team", op: "equals", value: "web" }, { field: "type", op: "equals", value: "job.failed" }] }, actions: { notify: [{ user: dozing.id }, { user: waking.id }] } } });
await db().routingRule.create({ data: { name: "Page on database failures", position: 0, match: { all: [{ field: "labels.team", op: "equals", value: "dba" }] }, actions: { escalation_policy: policy.id } } });
const worker = await startWorker({ concurrency: 4, pollInterval: 100 });

afterAll(async () => {
  await worker.stop();
  await disconnectDb();
  await smtp.stop();
  await scratch.drop();
});

const auth = { authorization: `Bearer ${key}`, "content-type": "application/json" };
const postEvent = async (body: unknown) =>
  (await eventsRoute.POST(new Request("http://test/api/v1/events", { method: "POST", headers: auth, body: JSON.stringify(body) }), { params: Promise.resolve({}) })).json();
const mailsTo = (address: string) => smtp.messages.filter((message) => message.envelope.to.includes(address));
const getIncident = async (id: number) => (await incidentRoute.GET(new Request(`http://test/api/v1/incidents/${id}`, { headers: auth }), { params: Promise.resolve({ id: String(id) }) })).json();
const failure = (job: string, run: string) => ({ type: "job.failed", source: "executor", job: { name: job, run_id: run, host: "db-01" }, labels: { team: "dba" } });
const ackLinkIn = (html: string) => html.match(/http:\/\/localhost:\d+\/ack\/([^"]+)"/)?.[1];

describe("escalation", () => {
  it("notifies level 1 at once and level 2 later; acknowledging stops level 3, and a later failure of the job joins the incident", async () => {
    const { id: eventId } = await postEvent(failure("replica-sync", "r1"));
    const incident = await waitFor(() => db().incident.findFirst({ where: { eventId } }), 15_000, "the incident");
    await waitFor(async () => mailsTo("first@example.com").length === 1, 15_000, "level 1");
    expect(mailsTo("second@example.com")).toHaveLength(0);
    const level1 = mailsTo("first@example.com")[0]!;
    expect(level1.parsed.html).toContain("Acknowledge this incident");
    expect(ackLinkIn(String(level1.parsed.html))).toMatch(/^\d+\.\d+\.[\w-]{32}$/);

    await waitFor(async () => mailsTo("second@example.com").length === 1, 15_000, "level 2");
    expect(mailsTo("second@example.com")[0]!.parsed.subject).toMatch(/^Escalated \(level 2\)/);
    const ack = await acknowledgeRoute.POST(new Request(`http://test/api/v1/incidents/${incident.id}/acknowledge`, { method: "POST", headers: auth }), { params: Promise.resolve({ id: String(incident.id) }) });
    expect(ack.status).toBe(200);
    expect(await ack.json()).toMatchObject({ status: "acknowledged", acknowledged_by: "API key executor", acknowledged_via: "the API", next_escalation_at: null });
    expect(await db().$queryRaw`select 1 from graphile_worker._private_jobs where key = ${`incident:${incident.id}`}`).toEqual([]);

    // Level 3 would have been due 2 s after level 2: nothing reaches it for 5 s.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(mailsTo("third@example.com")).toHaveLength(0);

    await postEvent(failure("replica-sync", "r2"));
    await waitFor(async () => (await db().incident.findUniqueOrThrow({ where: { id: incident.id } })).eventCount === 2, 15_000, "the second failure joins");
    expect(mailsTo("first@example.com")).toHaveLength(1);
    const detail = await getIncident(incident.id);
    expect(detail.timeline.map((entry: { kind: string }) => entry.kind)).toEqual(["triggered", "level_notified", "level_notified", "acknowledged", "event_added"]);
    expect(detail.notifications.map((n: { recipient_email: string }) => n.recipient_email)).toEqual(["first@example.com", "second@example.com"]);
  }, 60_000);

  it("acknowledges through the link in the email, once, naming who", async () => {
    const { id: eventId } = await postEvent(failure("wal-archive", "w1"));
    await waitFor(async () => mailsTo("first@example.com").some((m) => m.parsed.subject?.includes("wal-archive")), 15_000, "level 1 mail");
    const mail = mailsTo("first@example.com").find((m) => m.parsed.subject?.includes("wal-archive"))!;
    const token = ackLinkIn(String(mail.parsed.html))!;
    const confirm = () => confirmRoute.POST(new Request(`http://test/ack/${token}/confirm`, { method: "POST" }), { params: Promise.resolve({ token }) });
    const first = await confirm();
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toContain("result=acknowledged");
    const incident = await db().incident.findFirstOrThrow({ where: { eventId } });
    expect(incident).toMatchObject({ status: "ACKNOWLEDGED", acknowledgedBy: "first@example.com", acknowledgedVia: "email link" });
    expect((await confirm()).headers.get("location")).toContain("result=used");
    const forged = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    const refused = await confirmRoute.POST(new Request(`http://test/ack/${forged}/confirm`, { method: "POST" }), { params: Promise.resolve({ token: forged }) });
    expect(refused.headers.get("location")).toContain("result=invalid");
  }, 30_000);

  it("resolves the incident and sends one recovery message to the failure's audience when the job completes", async () => {
    const { id: eventId } = await postEvent(failure("vacuum", "v1"));
    await waitFor(async () => mailsTo("first@example.com").some((m) => m.parsed.subject?.includes("vacuum")), 15_000, "level 1 mail");
    await postEvent({ type: "job.completed", source: "executor", job: { name: "vacuum", run_id: "v2", host: "db-01" }, labels: { team: "dba" } });
    const incident = await waitFor(async () => {
      const row = await db().incident.findFirstOrThrow({ where: { eventId } });
      return row.status === "RESOLVED" && row;
    }, 15_000, "resolved");
    expect(incident).toMatchObject({ resolvedBy: "the job", resolvedVia: "a job.completed event" });
    const recovery = await waitFor(async () => mailsTo("first@example.com").find((m) => m.parsed.subject?.startsWith("Recovered: ")), 15_000, "the recovery mail");
    expect(recovery.parsed.subject).toMatch(/vacuum.*\(after .+\)/);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    // Resolved before level 2 was due: level 2 never hears of it.
    expect(mailsTo("second@example.com").filter((m) => m.parsed.subject?.includes("vacuum"))).toHaveLength(0);
    expect(mailsTo("first@example.com").filter((m) => m.parsed.subject?.startsWith("Recovered: "))).toHaveLength(1);
  }, 30_000);

  it("respects do-not-disturb for recovery messages, and folds a failure message still held into the recovery", async () => {
    const later = new Date(Date.now() + 3_600_000).toISOString();
    await savePreferences({ user: dozing.id, input: { dnd_until: later } });
    const webFailure = { type: "job.failed", source: "executor", job: { name: "assets-build", run_id: "a1", host: "web-01" }, labels: { team: "web" } };
    const { id: failureId } = await postEvent(webFailure);
    await waitFor(async () => mailsTo("waking@example.com").some((m) => m.parsed.subject?.includes("assets-build")), 15_000, "the failure reaches the awake user");
    const held = await db().notification.findFirstOrThrow({ where: { eventId: failureId, recipientUserId: dozing.id } });
    expect(held.status).toBe("DEFERRED");

    await savePreferences({ user: waking.id, input: { dnd_until: later } });
    const { id: recoveryId } = await postEvent({ ...webFailure, type: "job.completed", job: { ...webFailure.job, run_id: "a2" } });
    await waitFor(async () => (await db().event.findUnique({ where: { id: recoveryId } }))?.status === "ROUTED", 15_000, "the completion routed");
    expect((await db().notification.findUniqueOrThrow({ where: { id: held.id } })).status).toBe("CANCELLED");
    const recoveries = await db().notification.findMany({ where: { eventId: recoveryId }, orderBy: { recipientEmail: "asc" } });
    // Both hear of the recovery once their DND ends; the dozing one's held failure message is folded into it.
    expect(recoveries.map((n) => [n.recipientEmail, n.status, n.subject.startsWith("Recovered: ")])).toEqual([["dozing@example.com", "DEFERRED", true], ["waking@example.com", "DEFERRED", true]]);
    expect(recoveries.map((n) => n.deliverAfter?.toISOString())).toEqual([later, later]);
    expect(recoveries[0]!.body).toContain("The failure message was held for you and is not sent separately.");
    expect(recoveries[1]!.body).not.toContain("held for you");
    const decisions = await db().routingDecision.findMany({ where: { eventId: recoveryId, recipient: "dozing@example.com" } });
    expect(decisions.map((d) => [d.outcome, d.reason])).toEqual([["DEFERRED", expect.stringContaining("their failure message, still held, is called back: this one says both")]]);
  }, 30_000);

  it("routes concurrent batches of the same jobs without deadlock or a lost job state", async () => {
    const jobs = ["a", "b", "c", "d", "e"];
    const batches = await Promise.all(
      Array.from({ length: 8 }, async (_, batch) => {
        const order = batch % 2 ? [...jobs].reverse() : jobs;
        const created = await Promise.all(order.map((job) => db().event.create({ data: { id: uuidv7(), severity: "WARNING", occurredAt: new Date(), groupKey: `racer:${job}`, requestHash: "racer", type: batch % 4 === 3 ? "job.completed" : "job.failed", source: "racer", title: `racer ${job}`, job: { name: job }, status: "RECEIVED" } })));
        return created.map((event) => event.id);
      }),
    );
    const summaries = await Promise.all(batches.map((ids) => routeEvents(ids)));
    expect(summaries.reduce((sum, summary) => sum + summary.routed, 0)).toBe(40);
    // Run one after another, six failures and two completions change each job's state at least twice
    // (first seen, then failed <-> succeeded); batches that overwrote each other's state would leave one.
    const states = await db().$queryRaw<{ job_key: string; changes: number }[]>`select job_key, cardinality(transitions) as changes from job_states where job_key like 'racer:%' order by job_key`;
    expect(states.map((state) => state.job_key)).toEqual(jobs.map((job) => `racer:${job}`));
    for (const state of states) expect(state.changes, state.job_key).toBeGreaterThanOrEqual(2);
  }, 30_000);
});
