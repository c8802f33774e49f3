import { afterAll, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

// Production with the mail catcher off and no SMTP server anywhere (no
// environment, no saved settings): email waits and says why, the health
// endpoint says so, and everything goes once an admin saves a server.
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;
delete process.env.SMTP_URL;
delete process.env.SMTP_HOST;
process.env.MAIL_CATCHER = "off";

const { db, disconnectDb } = await import("@/server/db/client");
const { createNotification } = await import("@/server/notifications/create-notification");
const { saveSmtpSettings } = await import("@/server/smtp/save-smtp-settings");
const healthRoute = await import("@/app/api/v1/notification/health/route");
const { startWorker } = await import("../worker/start-worker");
const worker = await startWorker({ concurrency: 4, pollInterval: 100 });

afterAll(async () => {
  await worker.stop();
  await disconnectDb();
  await scratch.drop();
});

const NO_SERVER = /^No SMTP server is configured: set SMTP_URL \(or SMTP_HOST\) or save SMTP settings under Settings; email waits until then$/;
const ids: number[] = [];

async function notify(i: number): Promise<number> {
  const { notification } = await createNotification({
    input: { recipient_email: `ops-${i}@example.com`, subject: `Backup ${i} failed`, body: "Disk full.", notification_type: "job_failed" },
  });
  ids.push(notification.id);
  return notification.id;
}

async function health() {
  const response = await healthRoute.GET();
  return { status: response.status, body: (await response.json()) as { status: string; smtp: { configured: boolean; source: string | null; message?: string } } };
}

it("[safe defaults] with no SMTP server, email waits with the reason instead of failing, and health says so", async () => {
  const first = await notify(0);
  await waitFor(async () => (await db().notification.findUniqueOrThrow({ where: { id: first } })).status === "RETRYING", 10_000, "the first email to wait");
  // One that arrives once the circuit is open waits at the gate, with the same reason.
  const second = await notify(1);
  await waitFor(async () => (await db().notification.findUniqueOrThrow({ where: { id: second } })).status === "RETRYING", 10_000, "the second email to wait");

  const waiting = await db().notification.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
  for (const notification of waiting) {
    expect(notification).toMatchObject({ status: "RETRYING", retryCount: 0, errorMessage: expect.stringMatching(NO_SERVER) });
    // Behind the "smtp" circuit, probed once a minute: not a retry of its own, not the dead-letter queue.
    expect(notification.nextAttemptAt!.getTime() - Date.now()).toBeGreaterThan(45_000);
  }
  expect(await db().deadLetter.count()).toBe(0);
  const attempt = await db().deliveryAttempt.findFirstOrThrow({ where: { notificationId: first } });
  expect(attempt).toMatchObject({ outcome: "TRANSIENT_FAILURE", errorType: "smtp_not_configured", response: expect.stringMatching(NO_SERVER) });
  const circuit = await db().transportCircuit.findUniqueOrThrow({ where: { transportKey: "smtp" } });
  expect(circuit.lastError).toMatch(NO_SERVER);

  // The app is up (200): the UI is where an admin sets a server up; the report says email has none.
  await waitFor(async () => (await health()).status === 200, 10_000, "the worker's heartbeat");
  const { body } = await health();
  expect(body).toMatchObject({ status: "ok", smtp: { configured: false, source: null, message: expect.stringMatching(NO_SERVER) } });
}, 40_000);

it("[safe defaults] sends what waited once an admin saves an SMTP server", async () => {
  const smtp = await startCaptureSmtp();
  try {
    await saveSmtpSettings({ settings: { smtp_server: "127.0.0.1", smtp_port: smtp.port, use_tls: false, use_ssl: false, from_email: "notify@example.com" } });
    expect((await health()).body.smtp).toEqual({ configured: true, source: "database" });
    // Stand-in for the minute until the next probe.
    await db().transportCircuit.update({ where: { transportKey: "smtp" }, data: { nextProbeAt: new Date() } });
    await db().$executeRaw`
      select graphile_worker.reschedule_jobs(array(select id from graphile_worker._private_jobs where flags ? 'circuit-wait:smtp'), run_at => now())`;
    await waitFor(async () => (await db().notification.count({ where: { id: { in: ids }, status: "SENT" } })) === ids.length, 20_000, "every email to be SENT");
    expect(smtp.messages.map((message) => message.envelope.to).sort()).toEqual([["ops-0@example.com"], ["ops-1@example.com"]]);
    expect(await db().transportCircuit.count()).toBe(0);
  } finally {
    await smtp.stop();
  }
}, 40_000);
