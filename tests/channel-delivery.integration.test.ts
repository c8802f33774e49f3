import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startHttpReceiver } from "./support/http-receiver";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// One delivery pipeline for every channel: REST-shaped input -> row + job -> worker ->
// channel adapter -> a real HTTP receiver on loopback -> attempt, status, pacing, breaker.
const scratch = await createScratchDatabase();
const smtp = await startCaptureSmtp();
let retryAfterServed = false;
const receiver = await startHttpReceiver((request) => {
  if (request.path === "/slack/gone") return { status: 410, body: "no_service" };
  if (request.path === "/slack/busy" && !retryAfterServed) {
    retryAfterServed = true;
    return { status: 429, body: "rate_limited", headers: { "retry-after": "2" } };
  }
  return { status: 200, body: "ok" };
});
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = smtp.url;
process.env.NOTIFY_ALLOW_PRIVATE_DESTINATIONS = "true";

const { db, disconnectDb } = await import("@/server/db/client");
const { createNotification } = await import("@/server/notifications/create-notification");
const { createUser } = await import("@/server/auth/users");
const { startWorker } = await import("../worker/start-worker");
const worker = await startWorker({ concurrency: 4, pollInterval: 100 });
await createUser({ email: "admin@example.com", role: "ADMIN", password: "admin-password" });

afterAll(async () => {
  await worker.stop();
  await disconnectDb();
  await receiver.stop();
  await smtp.stop();
  await scratch.drop();
});

const slack = (path: string, subject: string) =>
  createNotification({ input: { channel: "slack", destination: receiver.url(path), subject, body: "Deploy finished.", notification_type: "job_completed", metadata: { job_name: "deploy-web", host: "web-1" } } });
const statusIs = (id: number, status: string) => async () => (await db().notification.findUniqueOrThrow({ where: { id } })).status === status;

describe("chat and webhook delivery", () => {
  it("delivers a Slack notification as Block Kit and records the receiver's answer", async () => {
    const { notification } = await slack("/slack/ok", "Deploy of web-1 finished");
    await waitFor(statusIs(notification.id, "SENT"), 15_000, "SENT");
    const [request] = receiver.receivedOn("/slack/ok");
    const payload = JSON.parse(request!.body);
    expect(payload.text).toContain("Deploy of web-1 finished");
    expect(payload.blocks[0].type).toBe("header");
    expect(JSON.stringify(payload.blocks)).toContain("deploy-web");
    const [attempt] = await db().deliveryAttempt.findMany({ where: { notificationId: notification.id } });
    expect(attempt).toMatchObject({ outcome: "DELIVERED" });
    expect(attempt?.response).toMatch(/200/);
  });

  it("spaces sends to one Slack webhook by its rate limit and drops none", async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await slack("/slack/paced", `Paced ${i}`)).notification.id);
    for (const id of ids) await waitFor(statusIs(id, "SENT"), 20_000, "paced SENT");
    const times = receiver.receivedOn("/slack/paced").map((r) => r.at).sort((a, b) => a - b);
    expect(times).toHaveLength(3);
    // One message per second per webhook (Slack's limit). A job starts up to one poll late, so one gap
    // may shrink when its predecessor started late; together they still span two seconds.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(500);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(500);
    expect(times[2]! - times[0]!).toBeGreaterThanOrEqual(1_800);
  });

  it("honours Retry-After for the whole destination instead of retrying each queued message", async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await slack("/slack/busy", `Busy ${i}`)).notification.id);
    for (const id of ids) await waitFor(statusIs(id, "SENT"), 30_000, "busy SENT");
    const requests = receiver.receivedOn("/slack/busy").map((r) => r.at).sort((a, b) => a - b);
    // The 429 came first; nothing else reached the receiver until Retry-After (2 s) had passed.
    expect(requests.length).toBe(4);
    expect(requests[1]! - requests[0]!).toBeGreaterThanOrEqual(1_900);
    const notifications = await db().notification.findMany({ where: { id: { in: ids } } });
    expect(notifications.every((n) => n.retryCount === 0)).toBe(true);
  });

  it("disables a destination that is gone, tells the admins by email, and fails later sends at once", async () => {
    const { notification } = await slack("/slack/gone", "To a removed webhook");
    await waitFor(statusIs(notification.id, "FAILED"), 15_000, "FAILED");
    const state = await db().destinationState.findFirstOrThrow({ where: { destinationKey: notification.destinationKey! } });
    expect(state.disabledAt).toBeInstanceOf(Date);
    expect(state.disabledReason).toMatch(/410/);

    await waitFor(async () => smtp.messages.some((m) => m.parsed.subject?.includes("was disabled")), 15_000, "the admin email");
    const warning = smtp.messages.find((m) => m.parsed.subject?.includes("was disabled"));
    expect(warning?.envelope.to).toEqual(["admin@example.com"]);
    expect(warning?.parsed.subject).not.toContain(receiver.url("/slack/gone"));

    const { notification: later } = await slack("/slack/gone", "Another one");
    await waitFor(statusIs(later.id, "FAILED"), 15_000, "second FAILED");
    expect((await db().notification.findUniqueOrThrow({ where: { id: later.id } })).errorMessage).toMatch(/disabled/);
    expect(receiver.receivedOn("/slack/gone")).toHaveLength(1);
  });
});

describe("addressing", () => {
  it("refuses what could never be delivered, naming the field", async () => {
    const base = { subject: "x", body: "y", notification_type: "alert" };
    await expect(createNotification({ input: { ...base, channel: "slack" } })).rejects.toMatchObject({ fieldErrors: { destination: [expect.any(String)] } });
    await expect(createNotification({ input: { ...base, channel_name: "nope" } })).rejects.toMatchObject({ fieldErrors: { channel_name: [expect.stringContaining("No channel")] } });
    await expect(createNotification({ input: { ...base, channel: "slack", recipient_email: "admin@example.com" } })).rejects.toMatchObject({
      fieldErrors: { recipient_email: [expect.stringContaining("no personal slack channel")] },
    });
    await expect(createNotification({ input: { ...base, channel: "sms", destination: "12345" } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(createNotification({ input: { ...base, channel: "email" } })).rejects.toMatchObject({ fieldErrors: { recipient_email: ["is required for email"] } });
  });
});
