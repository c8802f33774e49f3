import { renderNotificationEmail } from "@/server/templates/render-email";

const BODY = [
  "Nightly backup of db-01 completed without errors.",
  "All 14 schemas were dumped, compressed and copied to the off-site bucket; the checksum matched on read-back.",
  "Retention pruned 3 archives older than 30 days. Next run is scheduled for 02:00 UTC.",
].join("\n\n");

/** The JSON body of the `index`-th POST: an ordinary job-completed notification. */
export function notificationRequestBody(index: number, recipientEmail = "oncall@example.com"): string {
  return JSON.stringify({
    recipient_email: recipientEmail,
    subject: `Backup ${index} of db-01 finished`,
    body: BODY,
    notification_type: "job_completed",
    job_run_id: index,
    priority: "normal",
    metadata: { job_name: "nightly-backup", host: "db-01", status: "success", duration_seconds: 812 },
  });
}

/**
 * The email the worker sends for such a notification, rendered by the app's
 * own template, so the nodemailer baseline pushes the same bytes.
 */
export async function renderSampleEmail(): Promise<{ subject: string; html: string; text: string }> {
  const request = JSON.parse(notificationRequestBody(1)) as { subject: string; body: string; job_run_id: number; metadata: unknown };
  const { subject, html, text } = await renderNotificationEmail({
    notification: {
      id: 1,
      subject: request.subject,
      body: request.body,
      notificationType: "job_completed",
      priority: "NORMAL",
      metadata: request.metadata,
      jobRunId: String(request.job_run_id),
      createdAt: new Date(),
    },
    appUrl: "http://127.0.0.1:3009",
  });
  return { subject, html, text };
}
