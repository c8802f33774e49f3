import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// Alertmanager-style grouping on two real workers: a burst of events with
// the same group_by values becomes one message after group_wait, later ones
// join the next message after group_interval, an unchanged group is
// repeated once after repeat_interval — and every event's trail says so.
const scratch = await createScratchDatabase();
const smtp = await startCaptureSmtp();
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = smtp.url;
process.env.API_RATE_LIMIT_PER_MINUTE = "100000";

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { flushGroup } = await import("@/server/groups/flush-group");
const { startWorker } = await import("../worker/start-worker");
const eventsRoute = await import("@/app/api/v1/events/route");

await createUser({ email: "oncall@example.com", role: "OPERATOR", password: "oncall-password" });
const key = (await createApiKey({ name: "executor", scopes: ["events:write"] })).secret;
await db().routingRule.create({
  data: {
    name: "Disk alerts per host",
    position: 0,
    match: { all: [{ field: "type", op: "equals", value: "alert.disk_full" }] },
    actions: { notify: [{ user: "oncall@example.com" }], group_by: ["job.host"], group_wait: 5, group_interval: 3, repeat_interval: 60 },
  },
});
const workers = [await startWorker({ concurrency: 4, pollInterval: 100 }), await startWorker({ concurrency: 4, pollInterval: 100 })];

afterAll(async () => {
  for (const worker of workers) await worker.stop();
  await disconnectDb();
  await smtp.stop();
  await scratch.drop();
});

const auth = { authorization: `Bearer ${key}`, "content-type": "application/json" };
const postEvent = async (host: string, index: number) => {
  const response = await eventsRoute.POST(
    new Request("http://test/api/v1/events", { method: "POST", headers: auth, body: JSON.stringify({ type: "alert.disk_full", severity: "warning", title: `Disk ${index} full on ${host}`, job: { host } }) }),
    { params: Promise.resolve({}) },
  );
  expect(response.status).toBe(202);
  return ((await response.json()) as { id: string }).id;
};
const subjects = () => smtp.messages.map((message) => String(message.parsed.subject));
const groupOf = (host: string) => db().notificationGroup.findFirstOrThrow({ where: { groupKey: JSON.stringify([host]) } });

describe("grouping", () => {
  it("sends a burst of 50 events for one host as one message after group_wait, and another host's apart", async () => {
    const started = Date.now();
    const ids = await Promise.all([...Array.from({ length: 50 }, (_, index) => postEvent("web-01", index)), ...Array.from({ length: 3 }, (_, index) => postEvent("web-02", index))]);
    await waitFor(async () => smtp.messages.length >= 2, 20_000, "the two group messages");
    // group_wait is 5 s (room for 53 requests routed on a loaded CI machine): nothing went out before it.
    expect(Date.now() - started).toBeGreaterThanOrEqual(5_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(subjects().sort()).toEqual([expect.stringMatching(/^3 events — job\.host=web-02: Disk \d full on web-02 and 2 more$/), expect.stringMatching(/^50 events — job\.host=web-01: Disk \d+ full on web-01 and 49 more$/)]);
    const web01 = smtp.messages.find((message) => String(message.parsed.subject).startsWith("50 events"))!;
    expect(String(web01.parsed.text).match(/UTC Disk \d+ full on web-01/g)).toHaveLength(50);

    // Each event's trail: joined the group, then sent in its message; the one notification hangs on the group's last event.
    const decisions = await db().routingDecision.findMany({ where: { eventId: { in: ids.slice(0, 50) } } });
    const count = (outcome: string, recipient: string) => decisions.filter((d) => d.outcome === outcome && d.recipient === recipient).length;
    expect([count("DEFERRED", "group job.host=web-01"), count("NOTIFIED", "group job.host=web-01"), count("NOTIFIED", "oncall@example.com")]).toEqual([50, 50, 1]);
    expect(decisions.find((d) => d.outcome === "NOTIFIED" && d.recipient.startsWith("group"))!.reason).toMatch(/^Sent in group message #\d+ with 49 other events to oncall@example\.com$/);
    expect(await db().notificationGroupMember.count({ where: { flushedAt: null } })).toBe(0);
  }, 40_000);

  it("gathers events after the first message into the next one, group_interval after it", async () => {
    const group = await groupOf("web-01");
    const before = smtp.messages.length;
    await Promise.all([postEvent("web-01", 100), postEvent("web-01", 101)]);
    const next = await waitFor(async () => smtp.messages.slice(before).find((message) => String(message.parsed.subject).startsWith("2 events — job.host=web-01")), 20_000, "the second message");
    const flushedAt = (await groupOf("web-01")).lastFlushedAt!;
    expect(flushedAt.getTime() - group.lastFlushedAt!.getTime()).toBeGreaterThanOrEqual(3_000);
    expect(String(next.parsed.text)).toContain("Disk 100 full on web-01");
    expect(String(next.parsed.text)).not.toContain("Disk 7 full on web-01");
    expect(smtp.messages.length).toBe(before + 1);
  }, 40_000);

  it("repeats an unchanged group once after repeat_interval, not before and not again", async () => {
    const group = await groupOf("web-02");
    const soon = new Date(group.lastMessageAt!.getTime() + 30_000);
    expect(await flushGroup({ groupId: group.id, repeat: true }, soon)).toBe(0);
    const due = new Date(group.lastMessageAt!.getTime() + 61_000);
    expect(await flushGroup({ groupId: group.id, repeat: true }, due)).toBe(1);
    expect(await flushGroup({ groupId: group.id, repeat: true }, new Date(due.getTime() + 1_000))).toBe(0);
    const repeat = await waitFor(async () => smtp.messages.find((message) => String(message.parsed.subject).startsWith("Still unresolved: 3 events — job.host=web-02")), 15_000, "the repeat");
    expect(String(repeat.parsed.text)).toContain("Nothing new since");
  }, 30_000);
});
