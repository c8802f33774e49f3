import { afterAll, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// Flapping on a real worker: a job that alternates failure and success more
// than FLAP_CHANGES times within FLAP_WINDOW sends one "flapping" message
// instead of the stream, and one "stable again" message listing what was
// held once it has not changed for a whole window.
const scratch = await createScratchDatabase();
const smtp = await startCaptureSmtp();
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = smtp.url;
process.env.API_RATE_LIMIT_PER_MINUTE = "100000";
process.env.FLAP_CHANGES = "3";
process.env.FLAP_WINDOW = "3s";

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { startWorker } = await import("../worker/start-worker");
const eventsRoute = await import("@/app/api/v1/events/route");

await createUser({ email: "sre@example.com", role: "OPERATOR", password: "sre-password-12" });
const key = (await createApiKey({ name: "executor", scopes: ["events:write"] })).secret;
await db().routingRule.create({
  data: { name: "Sync job to the SRE", position: 0, match: { all: [{ field: "type", op: "in", value: ["job.failed", "job.completed"] }] }, actions: { notify: [{ user: "sre@example.com" }] } },
});
const worker = await startWorker({ concurrency: 4, pollInterval: 100 });

afterAll(async () => {
  await worker.stop();
  await disconnectDb();
  await smtp.stop();
  await scratch.drop();
});

it("collapses a job alternating six times into one flapping message, then one stable-again message listing the two held", async () => {
  const events = Array.from({ length: 6 }, (_, index) => {
    const failed = index % 2 === 0;
    return { type: failed ? "job.failed" : "job.completed", source: "executor", title: `Run ${index + 1} of flaky-sync ${failed ? "failed" : "completed"}`, job: { name: "flaky-sync", run_id: `run-${index + 1}`, status: failed ? "failed" : "completed" } };
  });
  const response = await eventsRoute.POST(
    new Request("http://test/api/v1/events", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ events }) }),
    { params: Promise.resolve({}) },
  );
  expect(response.status).toBe(202);
  const { ids } = (await response.json()) as { ids: string[] };

  const stable = await waitFor(async () => smtp.messages.find((message) => String(message.parsed.subject).startsWith("Stable again")), 20_000, "the stable-again message");
  expect(String(stable.parsed.subject)).toBe("Stable again: flaky-sync is succeeding (no change for 3 s)");
  const text = String(stable.parsed.text);
  expect(text).toContain("2 messages were held back while it flapped:");
  expect(text).toContain("Run 5 of flaky-sync failed");
  expect(text).toContain("Run 6 of flaky-sync completed");

  const subjects = smtp.messages.map((message) => String(message.parsed.subject));
  // Three changes are a job's normal life; the fourth is one flapping message; then quiet until stable.
  expect(subjects.filter((subject) => subject.startsWith("Run "))).toHaveLength(3);
  expect(subjects.filter((subject) => subject.startsWith("Flapping: flaky-sync changed state 4 times in 3 s"))).toHaveLength(1);
  expect(subjects).toHaveLength(5);

  const held = await db().notification.findMany({ where: { eventId: { in: ids.slice(4) }, notificationType: { not: "job.stable" } }, select: { status: true } });
  expect(held.map((row) => row.status)).toEqual(["SUPPRESSED", "SUPPRESSED"]);
  const decision = await db().routingDecision.findFirstOrThrow({ where: { eventId: ids[5], outcome: "SUPPRESSED" } });
  expect(decision.reason).toContain("held back: job flaky-sync is flapping (6 changes in 3 s)");
  expect((await db().jobState.findFirstOrThrow({ where: { jobKey: "executor:flaky-sync" } })).flappingSince).toBeNull();
});
