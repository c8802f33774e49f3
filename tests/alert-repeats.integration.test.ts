import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";

// Alertmanager re-sends a firing alert every repeat_interval. It is the same
// event: a rule without its own repeat_interval tells nobody again; a rule
// with one tells its recipients "Still firing" once that interval has passed
// since it last told them, and never after the alert resolved. Routing and
// the repeat check are called directly (no worker) so the clock is the test's.
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;
process.env.API_RATE_LIMIT_PER_MINUTE = "100000";

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { routeEvents } = await import("@/server/routing/route-events");
const { repeatAlerts } = await import("@/server/routing/repeat-alerts");
const alertmanagerRoute = await import("@/app/api/v1/integrations/alertmanager/route");

await createUser({ email: "pager@example.com", role: "OPERATOR", password: "pager-password" });
await createUser({ email: "quiet@example.com", role: "OPERATOR", password: "quiet-password" });
const key = (await createApiKey({ name: "alertmanager", scopes: ["events:write"] })).secret;
const rule = await db().routingRule.create({
  data: { name: "Critical alerts, hourly until fixed", position: 0, match: { all: [{ field: "labels.team", op: "equals", value: "dba" }] }, actions: { notify: [{ user: "pager@example.com" }], repeat_interval: 3_600 } },
});
await db().routingRule.create({ data: { name: "Critical alerts, once", position: 1, match: { all: [{ field: "labels.team", op: "equals", value: "dba" }] }, actions: { notify: [{ user: "quiet@example.com" }] } } });

afterAll(async () => {
  await disconnectDb();
  await scratch.drop();
});

const alert = (status: "firing" | "resolved", summary: string) => ({
  status,
  labels: { alertname: "ReplicationLag", severity: "critical", instance: "db-02:9187", team: "dba" },
  annotations: { summary },
  startsAt: "2026-12-02T03:00:00Z",
  endsAt: status === "resolved" ? "2026-12-02T06:10:00Z" : "0001-01-01T00:00:00Z",
  fingerprint: "a1b2c3d4e5f60718",
});
async function send(status: "firing" | "resolved", summary = "Replication lag on db-02 is 300 s") {
  const body = { version: "4", status, receiver: "notify", groupKey: "{}:{}", groupLabels: {}, commonLabels: {}, commonAnnotations: {}, externalURL: "http://alertmanager:9093", truncatedAlerts: 0, alerts: [alert(status, summary)] };
  const response = await alertmanagerRoute.POST(
    new Request("http://test/api/v1/integrations/alertmanager", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) }),
    { params: Promise.resolve({}) },
  );
  expect(response.status).toBe(202);
  return (await response.json()) as { ids: string[]; repeated: number };
}
const repeatJobs = async () =>
  (await db().$queryRaw<{ payload: { eventIds: string[] } }[]>`
    select j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id where t.identifier = 'alerts__repeat' order by j.id`).map((row) => row.payload.eventIds);
const notificationsTo = (email: string) => db().notification.findMany({ where: { recipientEmail: email }, orderBy: { id: "asc" } });

describe("a firing alert re-sent by Alertmanager", () => {
  const start = new Date();
  const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
  let eventId = "";

  it("is the event already routed, and queues one repeat check", async () => {
    const first = await send("firing");
    eventId = first.ids[0] ?? "";
    await routeEvents(first.ids, start);
    expect(await notificationsTo("pager@example.com")).toHaveLength(1);
    expect(await notificationsTo("quiet@example.com")).toHaveLength(1);
    expect(await repeatJobs()).toEqual([]);

    const again = await send("firing", "Replication lag on db-02 is 420 s");
    expect(again).toMatchObject({ ids: [eventId], repeated: 1 });
    expect(await repeatJobs()).toEqual([[eventId]]);
  });

  it("tells nobody again before the rule's repeat_interval has passed", async () => {
    expect(await repeatAlerts([eventId], later(30))).toBe(0);
    expect(await notificationsTo("pager@example.com")).toHaveLength(1);
  });

  it("tells the repeating rule's recipients, and only them, once the interval has passed", async () => {
    expect(await repeatAlerts([eventId], later(61))).toBe(1);
    const pager = await notificationsTo("pager@example.com");
    expect(pager).toHaveLength(2);
    expect(pager[1]).toMatchObject({ eventId, subject: "Still firing: Replication lag on db-02 is 300 s", status: "PENDING" });
    expect(pager[1]?.body).toContain("Still firing since 2026-12-02 03:00 UTC; alertmanager re-sent it.");
    expect(await notificationsTo("quiet@example.com")).toHaveLength(1);

    const decision = await db().routingDecision.findFirstOrThrow({ where: { eventId, notificationId: pager[1]?.id } });
    expect(decision).toMatchObject({ ruleId: rule.id, outcome: "NOTIFIED" });
    expect(decision.reason).toContain('told again: the alert is still firing and rule "Critical alerts, hourly until fixed" repeats every 1 h');

    // The same re-send delivered twice (a webhook retry) is not a second repeat.
    expect(await repeatAlerts([eventId], later(62))).toBe(0);
  });

  it("tells nobody once the alert has resolved", async () => {
    const resolved = await send("resolved");
    await routeEvents(resolved.ids, later(63));
    expect(await repeatAlerts([eventId], later(200))).toBe(0);
    const pager = await notificationsTo("pager@example.com");
    expect(pager.map((notification) => notification.subject)).toEqual(["Replication lag on db-02 is 300 s", "Still firing: Replication lag on db-02 is 300 s", "Recovered: Replication lag on db-02 is 300 s (after 1 h 3 min)"]);
    expect((await notificationsTo("quiet@example.com")).map((notification) => notification.subject)).toEqual(["Replication lag on db-02 is 300 s", "Recovered: Replication lag on db-02 is 300 s (after 1 h 3 min)"]);
  });
});
