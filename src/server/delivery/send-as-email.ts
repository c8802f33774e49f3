import { appUrl, env } from "@/env";
import { listAttachmentSummaries } from "@/server/attachments/list-attachment-summaries";
import { loadEmailAttachments } from "@/server/attachments/load-email-attachments";
import { db, type Notification } from "@/server/db/client";
import type { TDeliveryResult } from "@/server/channels/delivery-result";
import { sendEmail } from "@/server/channels/email/send-email";
import { smtpTransport } from "@/server/channels/email/smtp-transport";
import { resolveSmtpConfig } from "@/server/smtp/resolve-smtp-config";
import { renderNotificationEmail } from "@/server/templates/render-email";
import { messageIdFor } from "./message-id";

/** Renders the notification's email and hands it to the SMTP server in force. */
export async function sendAsEmail(notification: Notification): Promise<TDeliveryResult> {
  if (!notification.recipientEmail) return { ok: false, retryable: false, errorType: "no_recipient", response: "An email notification needs recipient_email" };
  const [attachments, attachmentSummaries] = await Promise.all([loadEmailAttachments(notification.id), listAttachmentSummaries(notification.id)]);
  let email;
  try {
    email = await renderNotificationEmail({ notification, appUrl: appUrl(), timeZone: await recipientTimeZone(notification), attachments: attachmentSummaries });
  } catch (error) {
    return { ok: false, retryable: false, errorType: "render", response: `Could not render the email: ${String(error)}` };
  }
  const smtp = await resolveSmtpConfig();
  return sendEmail(smtpTransport(smtp), {
    from: smtp.from,
    replyTo: smtp.replyTo,
    to: notification.recipientEmail,
    subject: email.subject,
    html: email.html,
    text: email.text,
    messageId: messageIdFor(notification, smtp.from),
    headers: { "X-OpsConductor-Notification-Id": String(notification.id) },
    attachments,
  });
}

/**
 * The recipient's time zone: the executor may name it in metadata, a known
 * user has one in their preferences, otherwise the configured default.
 */
async function recipientTimeZone(notification: Notification): Promise<string> {
  const metadata = notification.metadata as Record<string, unknown> | null;
  const zone = metadata?.recipient_timezone;
  if (typeof zone === "string" && zone) return zone;
  const preferences = notification.recipientEmail
    ? await db().userNotificationPreferences.findFirst({ where: { user: { email: notification.recipientEmail } }, select: { timezone: true } })
    : null;
  return preferences?.timezone ?? env().DEFAULT_TIME_ZONE;
}
