import { appUrl, env } from "@/env";
import { listAttachmentSummaries } from "@/server/attachments/list-attachment-summaries";
import { loadEmailAttachments } from "@/server/attachments/load-email-attachments";
import { db, type Notification } from "@/server/db/client";
import type { TDeliveryResult } from "@/server/channels/delivery-result";
import { sendEmail } from "@/server/channels/email/send-email";
import { smtpTransport } from "@/server/channels/email/smtp-transport";
import { findSmtpConfig, NO_SMTP_SERVER_MESSAGE } from "@/server/smtp/resolve-smtp-config";
import { applyCustomTemplate } from "@/server/templates/custom/apply-custom-template";
import { renderCustomNotificationEmail, renderNotificationEmail } from "@/server/templates/render-email";
import { expiringCache } from "@/server/cache/expiring-cache";
import { currentBrand } from "@/server/templates/custom/branding";
import { ackLinkFor } from "@/server/incidents/ack-link";
import { messageIdFor } from "./message-id";

/** Renders the notification's email and hands it to the SMTP server in force. */
export async function sendAsEmail(notification: Notification, { attachmentCount }: { attachmentCount: number }): Promise<TDeliveryResult> {
  if (!notification.recipientEmail) return { ok: false, retryable: false, errorType: "no_recipient", response: "An email notification needs recipient_email" };
  const smtp = await findSmtpConfig();
  if (!smtp) return NO_SMTP_SERVER;
  // Most notifications carry no files: their attachments are read only when they have some.
  const attachmentSummaries = attachmentCount ? await listAttachmentSummaries(notification.id) : [];
  const attachments = attachmentSummaries.length ? await loadEmailAttachments(notification.id) : [];
  let email;
  try {
    const input = {
      notification,
      appUrl: appUrl(),
      timeZone: await recipientTimeZone(notification),
      attachments: attachmentSummaries,
      brand: await currentBrand(),
      ackUrl: notification.incidentId ? ackLinkFor(notification.id) : undefined,
    };
    const custom = await applyCustomTemplate(notification, "email");
    email = custom?.channel === "email" ? await renderCustomNotificationEmail(input, custom) : await renderNotificationEmail(input);
  } catch (error) {
    return { ok: false, retryable: false, errorType: "render", response: `Could not render the email: ${String(error)}` };
  }
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
 * With no SMTP server every email waits behind the "smtp" circuit, like an
 * outage: nothing fails or is dead-lettered while an admin sets one up, and the
 * probe a minute later finds the server once there is one.
 */
const NO_SMTP_SERVER: TDeliveryResult = {
  ok: false,
  retryable: true,
  affectsDestination: true,
  retryAfterMs: 60_000,
  errorType: "smtp_not_configured",
  response: NO_SMTP_SERVER_MESSAGE,
};

/**
 * The recipient's time zone: the executor may name it in metadata, a known
 * user has one in their preferences, otherwise the configured default.
 */
async function recipientTimeZone(notification: Notification): Promise<string> {
  const metadata = notification.metadata as Record<string, unknown> | null;
  const zone = metadata?.recipient_timezone;
  if (typeof zone === "string" && zone) return zone;
  if (!notification.recipientEmail) return env().DEFAULT_TIME_ZONE;
  return userTimeZones.get(notification.recipientEmail, async (email) => {
    const preferences = await db().userNotificationPreferences.findFirst({ where: { user: { email } }, select: { timezone: true } });
    return preferences?.timezone ?? env().DEFAULT_TIME_ZONE;
  });
}

/** Recipients' zones change rarely; a minute-old answer saves a query per email. */
const userTimeZones = expiringCache<string>(60_000, 10_000);
