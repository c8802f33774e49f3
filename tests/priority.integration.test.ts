import { afterAll, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { startCaptureSmtp } from "./support/smtp-capture";
import { waitFor } from "./support/wait-for";

const ROUTINE = 10_000;
const scratch = await createScratchDatabase();
const smtp = await startCaptureSmtp();
process.env.DATABASE_URL = scratch.url;
process.env.SMTP_URL = smtp.url;

const { db, disconnectDb } = await import("@/server/db/client");
const { createNotification } = await import("@/server/notifications/create-notification");
const { startWorker } = await import("../worker/start-worker");

afterAll(async () => {
  await disconnectDb();
  await smtp.stop();
  await scratch.drop();
});

it(`delivers a critical alert before ${ROUTINE.toLocaleString("en")} queued routine notifications`, async () => {
  // Routine job-completion mail, queued the way createNotification queues it, in one statement.
  await db().$executeRaw`
    with routine as (
      insert into notifications (recipient_email, subject, body, notification_type, priority, updated_at)
      select 'routine-' || g || '@example.com', 'Routine ' || g, 'Job done.', 'job_completed', 'NORMAL', now()
      from generate_series(1, ${ROUTINE}) g
      returning id
    )
    select graphile_worker.add_job('delivery__send', json_build_object('notificationId', id), priority => 0,
      job_key => 'delivery:' || id, flags => array['delivery', 'transport:smtp'])
    from routine`;
  const { notification: critical } = await createNotification({
    input: { recipient_email: "oncall@example.com", subject: "Database down", body: "Primary is unreachable.", notification_type: "alert", priority: "critical" },
  });

  // One job at a time makes the order observable: the alert must be the first one taken.
  const worker = await startWorker({ concurrency: 1, pollInterval: 100 });
  try {
    await waitFor(async () => (await db().notification.findUniqueOrThrow({ where: { id: critical.id } })).status === "SENT", 20_000, "the critical alert");
    // With first-in-first-out order the alert would wait behind all 10,000: it must be the very first attempt.
    const firstAttempt = await db().deliveryAttempt.findFirstOrThrow({ orderBy: { id: "asc" } });
    expect(firstAttempt.notificationId).toBe(critical.id);
    expect(smtp.messages[0]?.parsed.subject).toContain("Database down");
  } finally {
    await worker.stop();
  }
}, 60_000);
