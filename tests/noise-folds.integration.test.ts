import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// Noise control on a real worker: what a rate limit or a maintenance window
// holds back is stored FOLDED and sent later in one summary that lists each
// one — never dropped. Critical events still go out at once.
const scratch = await createScratchDatabase();
const smtp = await startCaptureSmtp();
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = smtp.url;
process.env.API_RATE_LIMIT_PER_MINUTE = "100000";
// Long enough that routing all 100 on a loaded machine stays inside one window.
process.env.RATE_LIMIT_EMAIL = "10/8s";
process.env.FLOOD_EVENTS_PER_MINUTE = "100000";

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { createMaintenanceWindow, endMaintenanceWindow } = await import("@/server/maintenance/maintenance-windows");
const { startWorker } = await import("../worker/start-worker");
const eventsRoute = await import("@/app/api/v1/events/route");

await createUser({ email: "busy@example.com", role: "OPERATOR", password: "busy-password-1" });
await createUser({ email: "dba@example.com", role: "OPERATOR", password: "dba-password-12" });
const key = (await createApiKey({ name: "executor", scopes: ["events:write"] })).secret;
await db().routingRule.createMany({
  data: [
    { name: "CPU alerts to busy", position: 0, match: { all: [{ field: "type", op: "equals", value: "alert.cpu" }] }, actions: { notify: [{ user: "busy@example.com" }] } },
    { name: "DB jobs to the DBA", position: 1, match: { all: [{ field: "type", op: "in", value: ["job.failed", "job.completed"] }] }, actions: { notify: [{ user: "dba@example.com" }] } },
  ],
});
const worker = await startWorker({ concurrency: 4, pollInterval: 100 });

afterAll(async () => {
  await worker.stop();
  await disconnectDb();
  await smtp.stop();
  await scratch.drop();
});

const postEvents = async (events: object[]) => {
  const response = await eventsRoute.POST(
    new Request("http://test/api/v1/events", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ events }) }),
    { params: Promise.resolve({}) },
  );
  expect(response.status).toBe(202);
  return ((await response.json()) as { ids: string[] }).ids;
};
const mailTo = (address: string) => smtp.messages.filter((message) => message.envelope.to.includes(address));

describe("rate limit", () => {
  it("sends 10 of 100 events to one user at once and the other 90 in one summary when the window frees, listing each", async () => {
    const ids = await postEvents(Array.from({ length: 100 }, (_, index) => ({ type: "alert.cpu", severity: "warning", title: `CPU high on web-${index}`, group_key: `cpu-${index}` })));
    await waitFor(async () => (await db().event.count({ where: { id: { in: ids }, status: "ROUTED" } })) === 100, 20_000, "routing");
    const folded = await db().notification.findMany({ where: { eventId: { in: ids }, status: "FOLDED" }, select: { id: true, foldId: true } });
    expect(folded).toHaveLength(90);
    expect(new Set(folded.map((notification) => notification.foldId)).size).toBe(1);
    await waitFor(async () => mailTo("busy@example.com").length >= 10, 15_000, "the first ten emails");

    // A critical event past the limit is not held back.
    await postEvents([{ type: "alert.cpu", severity: "critical", title: "CPU melting on web-0", group_key: "cpu-critical" }]);
    await waitFor(async () => mailTo("busy@example.com").some((message) => String(message.parsed.subject).includes("CPU melting")), 15_000, "the critical email");

    const summary = await waitFor(async () => mailTo("busy@example.com").find((message) => String(message.parsed.subject).startsWith("And 90 more notifications since")), 20_000, "the summary");
    const text = String(summary.parsed.text);
    expect(text).toContain("rate limit (recipient 10/8 s)");
    expect(text.match(/CPU high on web-\d+ — http\S+\/notifications\/\d+/g)).toHaveLength(90);
    for (const notification of folded) expect(text).toContain(`/notifications/${notification.id}`);
    expect(text).toContain(`/notifications?fold=${folded[0]?.foldId}`);
    // 10 single messages, the critical one, the summary: nothing lost, nothing twice.
    expect(mailTo("busy@example.com")).toHaveLength(12);

    const fold = await db().notificationFold.findUniqueOrThrow({ where: { id: folded[0]?.foldId ?? 0 } });
    expect(fold).toMatchObject({ kind: "RATE_LIMIT", releasedAt: expect.any(Date) });
    const summaryRow = await db().notification.findUniqueOrThrow({ where: { id: fold.summaryNotificationId ?? 0 } });
    expect(summaryRow.status).toBe("SENT");
    const decisions = await db().routingDecision.findMany({ where: { eventId: { in: ids }, outcome: "FOLDED" } });
    expect(decisions).toHaveLength(90);
    expect(decisions[0]?.reason).toMatch(new RegExp(`Folded by rate limit \\(recipient 10/8 s\\) into summary #${fold.id}, sent \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC`));

    // The events list counts them as folded, beside the notified ones.
    const { listEvents } = await import("@/server/events/list-events");
    const page = await listEvents({ type: "alert.cpu", limit: 200 });
    const counts = page.data.filter((event) => ids.includes(event.id)).map((event) => event.decision_counts);
    expect(counts.filter((count) => count.folded === 1)).toHaveLength(90);
    expect(counts.filter((count) => count.notified === 1 && count.folded === 0)).toHaveLength(10);
  });
});

describe("maintenance window", () => {
  it("holds non-critical events of the jobs it covers, delivers critical ones, and summarises the held ones when it is ended", async () => {
    const window = await createMaintenanceWindow({
      input: { name: "DB upgrade", job_glob: "db-*", starts_at: new Date(Date.now() - 60_000).toISOString(), ends_at: new Date(Date.now() + 3_600_000).toISOString(), critical: "deliver" },
      actor: "user:admin@example.com",
    });
    const held = await postEvents([
      { type: "job.failed", title: "Job db-backup failed", job: { name: "db-backup", run_id: "m-1", status: "failed" } },
      { type: "job.completed", title: "Job db-vacuum completed", job: { name: "db-vacuum", run_id: "m-2", status: "completed" } },
    ]);
    const [critical, outside] = await postEvents([
      { type: "job.failed", severity: "critical", title: "Job db-restore failed hard", job: { name: "db-restore", run_id: "m-3", status: "failed" } },
      { type: "job.failed", title: "Job web-deploy failed", job: { name: "web-deploy", run_id: "m-4", status: "failed" } },
    ]);
    await waitFor(async () => mailTo("dba@example.com").length >= 2, 15_000, "the critical and the unrelated email");
    expect(mailTo("dba@example.com").map((message) => String(message.parsed.subject)).sort()).toEqual([expect.stringContaining("db-restore failed hard"), expect.stringContaining("web-deploy failed")].sort());

    const heldRows = await db().notification.findMany({ where: { eventId: { in: held } } });
    expect(heldRows.map((row) => row.status)).toEqual(["FOLDED", "FOLDED"]);
    const decision = await db().routingDecision.findFirstOrThrow({ where: { eventId: held[0], outcome: "FOLDED" } });
    expect(decision.reason).toContain('Held by maintenance window "DB upgrade" into summary #');
    expect(await db().notification.count({ where: { eventId: { in: [critical ?? "", outside ?? ""] }, status: "FOLDED" } })).toBe(0);

    // Nothing more arrives while the window is on; ending it sends the summary at once.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(mailTo("dba@example.com")).toHaveLength(2);
    await endMaintenanceWindow({ id: window.id, actor: "user:admin@example.com" });
    const summary = await waitFor(async () => mailTo("dba@example.com").find((message) => String(message.parsed.subject).includes("held during maintenance")), 15_000, "the maintenance summary");
    expect(String(summary.parsed.subject)).toBe('2 notifications held during maintenance "DB upgrade"');
    const text = String(summary.parsed.text);
    expect(text).toContain("Job db-backup failed");
    expect(text).toContain("Job db-vacuum completed");
    expect(mailTo("dba@example.com")).toHaveLength(3);
  });
});
