import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// A worker process killed mid-batch (SIGKILL) or asked to stop (SIGTERM) loses nothing.
const scratch = await createScratchDatabase();
// A slow server keeps several sends in flight at any moment and records every message it accepts.
const received: { messageId: string; subject: string }[] = [];
const slow = await startCaptureSmtp({
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () =>
      setTimeout(() => {
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({ messageId: raw.match(/^Message-ID: (.+)$/im)?.[1]?.trim() ?? "", subject: raw.match(/^Subject: (.+)$/im)?.[1]?.trim() ?? "" });
        callback(null, "Queued slowly");
      }, 400),
    );
  },
});
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = slow.url;

const { db, disconnectDb } = await import("@/server/db/client");
const { createNotification } = await import("@/server/notifications/create-notification");
const { startWorker } = await import("../worker/start-worker");

afterAll(async () => {
  await disconnectDb();
  await slow.stop();
  await scratch.drop();
});

function spawnWorker(concurrency: number): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "worker/index.ts"], { env: { ...process.env, WORKER_CONCURRENCY: String(concurrency) }, stdio: "ignore" });
}

async function createBatch(prefix: string, count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const { notification } = await createNotification({
      input: { recipient_email: `${prefix}-${i}@example.com`, subject: `${prefix} ${i}`, body: "Batch.", notification_type: "job_completed" },
    });
    ids.push(notification.id);
  }
  return ids;
}

const allSent = (ids: number[]) => async () => (await db().notification.count({ where: { id: { in: ids }, status: "SENT" } })) === ids.length;
const receivedFor = (prefix: string) => received.filter((message) => message.subject.startsWith(prefix));

describe("worker crash", () => {
  it("delivers every notification after SIGKILL, re-sending only what was in flight, with the same Message-ID", async () => {
    const ids = await createBatch("crash", 16);
    const child = spawnWorker(4);
    try {
      await waitFor(async () => receivedFor("crash").length >= 3, 30_000, "the first messages");
      child.kill("SIGKILL");
      await new Promise((resolve) => child.once("exit", resolve));
      // The dead worker's jobs stay locked until a survivor notices its heartbeat stopped.
      const survivor = await startWorker({ concurrency: 4, pollInterval: 100, heartbeatIntervalMs: 500, staleAfterMs: 2_000 });
      try {
        await waitFor(allSent(ids), 60_000, "every notification to be SENT");
      } finally {
        await survivor.stop();
      }
      const notifications = await db().notification.findMany({ where: { id: { in: ids } } });
      const expectedIds = new Set(notifications.map((n) => n.providerMessageId));
      const crashMessages = receivedFor("crash");
      expect(new Set(crashMessages.map((m) => m.messageId))).toEqual(expectedIds);
      // Only sends in flight at the kill (at most the child's concurrency) may arrive twice.
      expect(crashMessages.length - expectedIds.size).toBeLessThanOrEqual(4);
      expect(await db().deliveryAttempt.count({ where: { notificationId: { in: ids }, outcome: null } })).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  }, 120_000);

  it("finishes in-flight sends on SIGTERM and exits cleanly; the rest wait for another worker", async () => {
    const ids = await createBatch("graceful", 8);
    const child = spawnWorker(2);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    await waitFor(async () => receivedFor("graceful").length >= 1, 30_000, "the first message");
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(await db().deliveryAttempt.count({ where: { notificationId: { in: ids }, outcome: null } })).toBe(0);

    const survivor = await startWorker({ concurrency: 4, pollInterval: 100 });
    try {
      await waitFor(allSent(ids), 60_000, "every notification to be SENT");
    } finally {
      await survivor.stop();
    }
    expect(receivedFor("graceful")).toHaveLength(ids.length);
  }, 90_000);
});
