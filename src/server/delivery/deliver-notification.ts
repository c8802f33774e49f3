import { appUrl, env } from "@/env";
import { db, type Notification } from "@/server/db/client";
import type { TDeliveryResult } from "@/server/channels/delivery-result";
import { sendEmail } from "@/server/channels/email/send-email";
import { resolveSmtpTarget, smtpTransport } from "@/server/channels/email/smtp-transport";
import { renderNotificationEmail } from "@/server/templates/render-email";
import { messageIdFor } from "./message-id";

export type TDeliveryOutcome = "sent" | "failed" | "skipped";

/**
 * Delivers one notification: records SENDING and the attempt (committed)
 * before talking to the remote server, then the outcome. A notification that
 * is already SENT is never sent again, so a job retried after a crash that
 * happened past the send completes without a duplicate.
 */
export async function deliverNotification(notificationId: number): Promise<TDeliveryOutcome> {
  const notification = await db().notification.findUnique({ where: { id: notificationId } });
  if (!notification || notification.status === "SENT" || notification.status === "FAILED") return "skipped";

  const attempt = await startAttempt(notification);
  const started = performance.now();
  const result = await sendNotification(notification);
  const durationMs = Math.round(performance.now() - started);

  await db().$transaction([
    db().deliveryAttempt.update({
      where: { id: attempt.id },
      data: { finishedAt: new Date(), durationMs, outcome: result.ok ? "DELIVERED" : result.retryable ? "TRANSIENT_FAILURE" : "PERMANENT_FAILURE", response: result.response },
    }),
    db().notification.update({
      where: { id: notification.id },
      data: result.ok
        ? { status: "SENT", sentAt: new Date(), providerMessageId: result.providerMessageId ?? null, errorMessage: null }
        : { status: "FAILED", errorMessage: result.response },
    }),
  ]);
  return result.ok ? "sent" : "failed";
}

async function startAttempt(notification: Notification) {
  return db().$transaction(async (tx) => {
    const previous = await tx.deliveryAttempt.count({ where: { notificationId: notification.id } });
    await tx.notification.update({ where: { id: notification.id }, data: { status: "SENDING", retryCount: previous } });
    return tx.deliveryAttempt.create({ data: { notificationId: notification.id, attemptNumber: previous + 1 } });
  });
}

async function sendNotification(notification: Notification): Promise<TDeliveryResult> {
  let email;
  try {
    email = await renderNotificationEmail({ notification, appUrl: appUrl() });
  } catch (error) {
    return { ok: false, retryable: false, errorType: "render", response: `Could not render the email: ${String(error)}` };
  }
  const { SMTP_FROM } = env();
  return sendEmail(smtpTransport(resolveSmtpTarget().url), {
    from: SMTP_FROM,
    to: notification.recipientEmail,
    subject: email.subject,
    html: email.html,
    text: email.text,
    messageId: messageIdFor(notification, SMTP_FROM),
    headers: { "X-OpsConductor-Notification-Id": String(notification.id) },
  });
}
