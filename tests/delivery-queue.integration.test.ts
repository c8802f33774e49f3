import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// Queue semantics against a real database, real worker and real SMTP servers:
// retries on 4xx, dead letters after the schedule, requeue, outages, pause, priority.
const scratch = await createScratchDatabase();
const rcptFailures = new Map<string, number>();
const smtp = await startCaptureSmtp({
  onRcptTo(address, _session, callback) {
    const left = rcptFailures.get(address.address) ?? 0;
    if (left > 0) {
      rcptFailures.set(address.address, left - 1);
      return callback(Object.assign(new Error("4.2.1 Mailbox busy, try again later"), { responseCode: 451 }));
    }
    callback();
  },
});
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = smtp.url;
process.env.DELIVERY_RETRY_SCHEDULE = "100ms,100ms,100ms";

const { db, disconnectDb } = await import("@/server/db/client");
const { createNotification } = await import("@/server/notifications/create-notification");
const { requeueNotifications } = await import("@/server/dead-letters/requeue-notifications");
const { setDeliveryPaused } = await import("@/server/delivery/worker-control");
const { startWorker } = await import("../worker/start-worker");

let worker: Awaited<ReturnType<typeof startWorker>> | undefined;
const input = (recipient: string, extra: Record<string, unknown> = {}) => ({
  recipient_email: recipient,
  subject: `Queue test for ${recipient}`,
  body: "Queue semantics.",
  notification_type: "job_completed",
  ...extra,
});
const statusOf = async (id: number) => (await db().notification.findUniqueOrThrow({ where: { id } })).status;
const untilStatus = (id: number, status: string, timeoutMs = 20_000) =>
  waitFor(async () => (await statusOf(id)) === status, timeoutMs, `notification ${id} to be ${status}`);

beforeAll(async () => {
  worker = await startWorker({ concurrency: 4, pollInterval: 100 });
});
afterEach(async () => {
  await setDeliveryPaused(false, "test");
});
afterAll(async () => {
  await worker?.stop();
  await disconnectDb();
  await smtp.stop();
  await scratch.drop();
});

describe("retries", () => {
  it("retries a 4xx reply and delivers on the next attempt", async () => {
    rcptFailures.set("busy@example.com", 1);
    const { notification } = await createNotification({ input: input("busy@example.com") });
    await untilStatus(notification.id, "SENT");
    const attempts = await db().deliveryAttempt.findMany({ where: { notificationId: notification.id }, orderBy: { attemptNumber: "asc" } });
    expect(attempts.map((a) => a.outcome)).toEqual(["TRANSIENT_FAILURE", "DELIVERED"]);
    expect(attempts[0]?.response).toMatch(/451/);
    expect((await db().notification.findUniqueOrThrow({ where: { id: notification.id } })).retryCount).toBe(1);
  });

  it("moves a notification to the dead-letter queue after the last scheduled attempt, and requeue delivers it keeping the history", async () => {
    rcptFailures.set("always-busy@example.com", 4);
    const { notification } = await createNotification({ input: input("always-busy@example.com") });
    await untilStatus(notification.id, "DEAD");
    const dead = await db().deadLetter.findUniqueOrThrow({ where: { notificationId: notification.id } });
    expect(dead).toMatchObject({ errorType: "recipient_rejected", retryCount: 4 });
    expect(dead.errorMessage).toMatch(/451/);

    await expect(requeueNotifications({ notification_ids: [notification.id] })).resolves.toEqual({ requeued: 1 });
    await untilStatus(notification.id, "SENT");
    expect(await db().deadLetter.count({ where: { notificationId: notification.id } })).toBe(0);
    const attempts = await db().deliveryAttempt.findMany({ where: { notificationId: notification.id }, orderBy: { attemptNumber: "asc" } });
    expect(attempts).toHaveLength(5);
    expect(attempts.at(-1)?.outcome).toBe("DELIVERED");
  });
});

describe("pause", () => {
  it("leaves jobs queued while paused and sends them after resume", async () => {
    await setDeliveryPaused(true, "test");
    await new Promise((resolve) => setTimeout(resolve, 1_200)); // workers re-read the flag within a second
    const { notification } = await createNotification({ input: input("paused@example.com") });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await statusOf(notification.id)).toBe("PENDING");
    expect(await db().deliveryAttempt.count({ where: { notificationId: notification.id } })).toBe(0);
    await setDeliveryPaused(false, "test");
    await untilStatus(notification.id, "SENT");
  });
});
