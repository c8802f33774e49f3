import { afterAll, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { freePort } from "./support/free-port";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// The SMTP server is down when the notifications arrive and comes back later.
const scratch = await createScratchDatabase();
const port = await freePort();
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;

const { db, disconnectDb } = await import("@/server/db/client");
const { createNotification } = await import("@/server/notifications/create-notification");
const { startWorker } = await import("../worker/start-worker");
const worker = await startWorker({ concurrency: 4, pollInterval: 100 });

afterAll(async () => {
  await worker.stop();
  await disconnectDb();
  await scratch.drop();
});

it("waits behind an open circuit without using up retries, then drains when the server returns", async () => {
  const ids: number[] = [];
  for (let i = 0; i < 8; i++) {
    const { notification } = await createNotification({
      input: { recipient_email: `outage-${i}@example.com`, subject: `Outage ${i}`, body: "Sent after the outage.", notification_type: "job_completed" },
    });
    ids.push(notification.id);
  }
  await waitFor(async () => (await db().transportCircuit.count()) === 1, 10_000, "the circuit to open");
  await new Promise((resolve) => setTimeout(resolve, 1_000));

  // While the server is down only probes run: a handful of attempts, not one per notification per step.
  const attemptsDuringOutage = await db().deliveryAttempt.count({ where: { notificationId: { in: ids } } });
  expect(attemptsDuringOutage).toBeGreaterThan(0);
  expect(attemptsDuringOutage).toBeLessThanOrEqual(8);
  const waiting = await db().notification.findMany({ where: { id: { in: ids } } });
  expect(waiting.every((n) => n.retryCount === 0 && ["PENDING", "RETRYING"].includes(n.status))).toBe(true);
  const failedAttempt = await db().deliveryAttempt.findFirstOrThrow({ where: { notificationId: { in: ids } } });
  expect(failedAttempt).toMatchObject({ outcome: "TRANSIENT_FAILURE", errorType: "connection" });

  const smtp = await startCaptureSmtp({}, port);
  try {
    await waitFor(async () => (await db().notification.count({ where: { id: { in: ids }, status: "SENT" } })) === ids.length, 40_000, "every notification to be SENT");
    expect(await db().transportCircuit.count()).toBe(0);
    expect(new Set(smtp.messages.map((m) => m.parsed.messageId)).size).toBe(ids.length);
  } finally {
    await smtp.stop();
  }
}, 70_000);

it("forgets a circuit that no job waits on any more, and keeps one that a job still needs", async () => {
  const { circuitFlag, dropAbandonedCircuits } = await import("@/server/delivery/transport-circuit");
  const { enqueueJob } = await import("@/server/jobs/enqueue-job");
  const past = new Date(Date.now() - 60_000);
  const [abandoned, needed, notYetDue] = ["webhook:channel:9001", "webhook:channel:9002", "webhook:channel:9003"];
  await db().transportCircuit.createMany({
    data: [
      { transportKey: abandoned, nextProbeAt: past, lastError: "refused" },
      { transportKey: needed, nextProbeAt: past, lastError: "refused" },
      { transportKey: notYetDue, nextProbeAt: new Date(Date.now() + 3_600_000), lastError: "refused" },
    ],
  });
  // A retry waiting for later still needs its circuit.
  await enqueueJob(db(), "deliverySend", { notificationId: 999_999 }, { runAt: new Date(Date.now() + 3_600_000), flags: [circuitFlag(needed)], jobKey: "delivery:999999" });
  try {
    await dropAbandonedCircuits();
    const left = await db().transportCircuit.findMany({ orderBy: { transportKey: "asc" } });
    expect(left.map((circuit) => circuit.transportKey)).toEqual([needed, notYetDue]);

    // The worker does the same on its heartbeat once the probe slot has passed.
    await db().transportCircuit.update({ where: { transportKey: notYetDue }, data: { nextProbeAt: past } });
    await waitFor(async () => (await db().transportCircuit.count({ where: { transportKey: notYetDue } })) === 0, 15_000, "the worker to drop the abandoned circuit");
    expect(await db().transportCircuit.count({ where: { transportKey: needed } })).toBe(1);
  } finally {
    await db().$executeRaw`delete from graphile_worker._private_jobs where key = 'delivery:999999'`;
    await db().transportCircuit.deleteMany({ where: { transportKey: { in: [abandoned, needed, notYetDue] } } });
  }
}, 30_000);
