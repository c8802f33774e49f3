import { afterAll, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// The flood circuit on a real worker: past FLOOD_EVENTS_PER_MINUTE events of
// one group in a minute, the group's notifications come as one summary per
// FLOOD_SUMMARY_EVERY that says why, instead of one message each.
const scratch = await createScratchDatabase();
const smtp = await startCaptureSmtp();
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = smtp.url;
process.env.API_RATE_LIMIT_PER_MINUTE = "100000";
process.env.RATE_LIMIT_EMAIL = "off";
process.env.FLOOD_EVENTS_PER_MINUTE = "5";
process.env.FLOOD_SUMMARY_EVERY = "3s";

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { startWorker } = await import("../worker/start-worker");
const eventsRoute = await import("@/app/api/v1/events/route");

await createUser({ email: "oncall@example.com", role: "OPERATOR", password: "oncall-password" });
const key = (await createApiKey({ name: "executor", scopes: ["events:write"] })).secret;
await db().routingRule.create({
  data: { name: "Replication alerts", position: 0, match: { all: [{ field: "type", op: "equals", value: "alert.replication_lag" }] }, actions: { notify: [{ user: "oncall@example.com" }] } },
});
const worker = await startWorker({ concurrency: 4, pollInterval: 100 });

afterAll(async () => {
  await worker.stop();
  await disconnectDb();
  await smtp.stop();
  await scratch.drop();
});

it("sends the first 5 events of a flooding group one by one and the other 7 in one summary that says the circuit is open", async () => {
  const response = await eventsRoute.POST(
    new Request("http://test/api/v1/events", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ events: Array.from({ length: 12 }, (_, index) => ({ type: "alert.replication_lag", title: `Replica ${index} lagging`, group_key: "replication" })) }),
    }),
    { params: Promise.resolve({}) },
  );
  expect(response.status).toBe(202);
  const { ids } = (await response.json()) as { ids: string[] };

  const summary = await waitFor(async () => smtp.messages.find((message) => String(message.parsed.subject).startsWith("Flood: ")), 20_000, "the flood summary");
  expect(String(summary.parsed.subject)).toMatch(/^Flood: 7 notifications in summary mode since \d\d:\d\d UTC$/);
  const text = String(summary.parsed.text);
  expect(text).toContain("flood circuit (12 events of group replication this minute, more than 5) switched this group to summary mode");
  expect(text.match(/Replica \d+ lagging/g)).toHaveLength(7);
  await waitFor(async () => smtp.messages.length >= 6, 10_000, "the five single messages");
  // Five single messages and the summary: nothing lost, nothing twice.
  expect(smtp.messages.filter((message) => /^Replica \d+ lagging/.test(String(message.parsed.subject)))).toHaveLength(5);
  expect(smtp.messages).toHaveLength(6);

  const rows = await db().notification.groupBy({ by: ["status"], where: { eventId: { in: ids }, notificationType: { not: "summary.flood" } }, _count: true });
  expect(Object.fromEntries(rows.map((row) => [row.status, row._count]))).toEqual({ SENT: 5, FOLDED: 7 });
  const decision = await db().routingDecision.findFirstOrThrow({ where: { eventId: { in: ids }, outcome: "FOLDED" } });
  expect(decision.reason).toContain("Folded by flood circuit (12 events of group replication this minute, more than 5)");
});
