import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// Digests on a real worker: a subscription with `digest` collects the
// non-critical events it matches into one message per period, listed by type
// and job with a link each; a critical event still goes out at once.
const scratch = await createScratchDatabase();
const smtp = await startCaptureSmtp();
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = smtp.url;
process.env.API_RATE_LIMIT_PER_MINUTE = "100000";
process.env.FLOOD_EVENTS_PER_MINUTE = "100000";

const { db, disconnectDb } = await import("@/server/db/client");
const { createApiKey } = await import("@/server/auth/api-keys");
const { createUser } = await import("@/server/auth/users");
const { savePreferences } = await import("@/server/preferences/save-preferences");
const { releaseFold } = await import("@/server/folds/release-fold");
const { startWorker } = await import("../worker/start-worker");
const eventsRoute = await import("@/app/api/v1/events/route");

await createUser({ email: "lead@example.com", role: "OPERATOR", password: "lead-password-1" });
await savePreferences({
  user: "lead@example.com",
  input: { timezone: "Europe/Berlin", subscriptions: [{ pattern: "job.*", channels: ["email"], digest: "daily", digest_at: "08:00" }] },
});
const key = (await createApiKey({ name: "executor", scopes: ["events:write"] })).secret;
await db().routingRule.create({ data: { name: "Jobs to the lead", position: 0, match: { all: [{ field: "type", op: "glob", value: "job.*" }] }, actions: { notify: [{ user: "lead@example.com" }] } } });
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
const job = (name: string, runId: string, status: string) => ({ name, run_id: runId, status, host: "db-01" });

describe("daily digest", () => {
  it("collects non-critical matches until 08:00 in the user's zone, sends critical ones at once, and lists the rest by type and job", async () => {
    const ids = await postEvents([
      { type: "job.failed", title: "Job nightly-backup failed on db-01", job: job("nightly-backup", "d-1", "failed") },
      { type: "job.completed", title: "Job report completed", job: job("report", "d-2", "completed") },
      { type: "job.failed", title: "Job nightly-backup failed again", job: job("nightly-backup", "d-3", "failed") },
      { type: "job.timeout", severity: "critical", title: "Job db-restore timed out", job: job("db-restore", "d-4", "timeout") },
    ]);
    await waitFor(async () => (await db().event.count({ where: { id: { in: ids }, status: "ROUTED" } })) === 4, 20_000, "routing");

    // The critical one is not collected.
    await waitFor(async () => smtp.messages.some((message) => String(message.parsed.subject).includes("db-restore timed out")), 15_000, "the critical email");
    const folded = await db().notification.findMany({ where: { eventId: { in: ids }, status: "FOLDED" }, orderBy: { id: "asc" } });
    expect(folded).toHaveLength(3);
    const fold = await db().notificationFold.findUniqueOrThrow({ where: { id: folded[0]?.foldId ?? 0 } });
    expect(folded.every((notification) => notification.foldId === fold.id)).toBe(true);
    expect(fold).toMatchObject({ kind: "DIGEST", label: "daily digest at 08:00 Europe/Berlin", releasedAt: null });
    // 08:00 in Berlin is 07:00 UTC in winter; the next one after now.
    expect(fold.releaseAt.getUTCHours()).toBe(7);
    expect(fold.releaseAt.getUTCMinutes()).toBe(0);
    expect(fold.releaseAt.getTime() - Date.now()).toBeGreaterThan(0);
    expect(fold.releaseAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);

    const decision = await db().routingDecision.findFirstOrThrow({ where: { eventId: ids[0], outcome: "FOLDED" } });
    expect(decision.reason).toContain("collected into their daily digest at 08:00 Europe/Berlin");
    expect(decision.reason).toMatch(new RegExp(`Folded into summary #${fold.id} of their daily digest at 08:00 Europe/Berlin, sent \\d{4}-\\d\\d-\\d\\d 07:00 UTC`));
    expect(smtp.messages).toHaveLength(1);

    // It is 08:00 in Berlin: the digest goes out as one email.
    await db().notificationFold.update({ where: { id: fold.id }, data: { releaseAt: new Date() } });
    expect(await releaseFold(fold.id)).toBe(3);
    const digest = await waitFor(async () => smtp.messages.find((message) => String(message.parsed.subject).startsWith("Daily digest: 3 notifications since")), 15_000, "the digest");
    const text = String(digest.parsed.text);
    expect(text).toContain("Your daily digest at 08:00 Europe/Berlin: 3 notifications");
    // By type and job, each with its link.
    const failedHeading = text.indexOf("job.failed — nightly-backup (2)");
    const completedHeading = text.indexOf("job.completed — report (1)");
    expect(failedHeading).toBeGreaterThanOrEqual(0);
    expect(completedHeading).toBeGreaterThan(failedHeading);
    expect(text.slice(failedHeading, completedHeading)).toContain("Job nightly-backup failed again");
    for (const notification of folded) expect(text).toContain(`/notifications/${notification.id}`);
    expect(text).toContain(`/notifications?fold=${fold.id}`);
    expect(smtp.messages).toHaveLength(2);
  });

  it("refuses a daily digest without its time, naming the field", async () => {
    await expect(savePreferences({ user: "lead@example.com", input: { subscriptions: [{ pattern: "job.*", channels: ["email"], digest: "daily" }] } })).rejects.toMatchObject({
      fieldErrors: { "subscriptions.0.digest_at": [expect.stringContaining("is required for a daily digest")] },
    });
  });
});
