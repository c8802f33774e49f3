import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startHttpReceiver } from "./support/http-receiver";
import { waitFor } from "./support/wait-for";

// Hardening (issue 11, items 5 and 7): an exception in the send path is a
// recorded attempt that ends in the dead-letter queue, never a notification
// stuck SENDING; a disabled or deleted organisation channel never delivers,
// and never lets its queued messages slip to someone's personal channel.
const scratch = await createScratchDatabase();
const receiver = await startHttpReceiver();
process.env.DATABASE_URL = scratch.url;
process.env.NOTIFY_ALLOW_PRIVATE_DESTINATIONS = "true";
process.env.DELIVERY_RETRY_SCHEDULE = "200ms,200ms";

const { db, disconnectDb } = await import("@/server/db/client");
const { createUser } = await import("@/server/auth/users");
const { createChannel } = await import("@/server/destinations/create-channel");
const { deleteChannel } = await import("@/server/destinations/delete-channel");
const { updateChannel } = await import("@/server/destinations/update-channel");
const { savePersonalChannels } = await import("@/server/destinations/save-personal-channels");
const { createNotification } = await import("@/server/notifications/create-notification");
const { setDeliveryPaused } = await import("@/server/delivery/worker-control");
const { startWorker } = await import("../worker/start-worker");

const ana = await createUser({ email: "ana@example.com", role: "OPERATOR", password: "ana-password" });
await savePersonalChannels({ userId: ana.id, input: { slack_webhook_url: receiver.url("/personal/ana"), slack_enabled: true } });
const worker = await startWorker({ concurrency: 2, pollInterval: 100 });

afterAll(async () => {
  await worker.stop();
  await disconnectDb();
  await receiver.stop();
  await scratch.drop();
});

const toChannel = (channel_name: string, subject: string) =>
  createNotification({ input: { channel_name, recipient_email: "ana@example.com", subject, body: "Body.", notification_type: "alert" } });
const statusOf = async (id: number) => (await db().notification.findUniqueOrThrow({ where: { id } })).status;

describe("exceptions while sending", () => {
  it("records each as a failed attempt, follows the retry schedule and dead-letters the notification", async () => {
    const { channel } = await createChannel({ type: "slack", name: "broken-secret", webhook_url: receiver.url("/org/broken") });
    // A config that no longer opens (e.g. sealed with another key): reading it throws.
    await db().notificationChannel.update({ where: { id: channel.id }, data: { configEncrypted: "v1.not-a-sealed-value" } });
    const { notification } = await toChannel("broken-secret", "Cannot open my secret");
    await waitFor(async () => (await statusOf(notification.id)) === "DEAD", 20_000, "DEAD");
    const attempts = await db().deliveryAttempt.findMany({ where: { notificationId: notification.id }, orderBy: { attemptNumber: "asc" } });
    expect(attempts.map((attempt) => [attempt.outcome, attempt.errorType])).toEqual([
      ["TRANSIENT_FAILURE", "internal"],
      ["TRANSIENT_FAILURE", "internal"],
      ["TRANSIENT_FAILURE", "internal"],
    ]);
    expect(attempts[0]?.response).toMatch(/^Internal error while sending: /);
    expect(await db().deadLetter.findUnique({ where: { notificationId: notification.id } })).toMatchObject({ errorType: "internal", retryCount: 3 });
    expect(receiver.receivedOn("/org/broken")).toHaveLength(0);
  });
});

describe("organisation channels that are disabled or deleted", () => {
  it("refuses new notifications to a disabled channel and fails queued ones with that reason", async () => {
    const { channel } = await createChannel({ type: "slack", name: "ops-disabled", webhook_url: receiver.url("/org/disabled") });
    await setDeliveryPaused(true, "test");
    const { notification } = await toChannel("ops-disabled", "Queued before the channel was disabled");
    await updateChannel({ id: channel.id, channel: { type: "slack", name: "ops-disabled", enabled: false } });
    await expect(toChannel("ops-disabled", "After")).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { channel_name: [expect.stringMatching(/disabled/)] } });
    await setDeliveryPaused(false, "test");
    await waitFor(async () => (await statusOf(notification.id)) === "FAILED", 20_000, "FAILED");
    expect(await db().notification.findUniqueOrThrow({ where: { id: notification.id } })).toMatchObject({ lastErrorType: "channel_disabled" });
    expect(receiver.receivedOn("/org/disabled")).toHaveLength(0);
    expect(receiver.receivedOn("/personal/ana")).toHaveLength(0);
  });

  it("fails the queued messages of a deleted channel instead of sending them to the recipient's personal channel", async () => {
    const { channel } = await createChannel({ type: "slack", name: "ops-deleted", webhook_url: receiver.url("/org/deleted") });
    await setDeliveryPaused(true, "test");
    const { notification } = await toChannel("ops-deleted", "Queued before the channel was deleted");
    await deleteChannel(channel.id);
    await setDeliveryPaused(false, "test");
    await waitFor(async () => (await statusOf(notification.id)) === "FAILED", 20_000, "FAILED");
    expect(await db().notification.findUniqueOrThrow({ where: { id: notification.id } })).toMatchObject({ lastErrorType: "no_destination", channelId: null });
    expect(receiver.receivedOn("/org/deleted")).toHaveLength(0);
    expect(receiver.receivedOn("/personal/ana")).toHaveLength(0);
  });
});
