import { createElement, type ReactElement } from "react";
import { attachmentListing } from "@/server/attachments/attachment-listing";
import type { TAttachmentSummary } from "@/server/attachments/attachment-summary";
import CustomAlertEmail from "@/emails/custom-alert";
import CustomTemplateEmail from "@/emails/custom-template";
import { severityLabel } from "@/emails/components/severity-label";
import type { TNotificationEmailProps } from "@/emails/components/email-props";
import GenericEmail from "@/emails/generic";
import JobCompletedEmail from "@/emails/job-completed";
import JobFailedEmail from "@/emails/job-failed";
import SystemEventEmail from "@/emails/system-event";
import TestEmail from "@/emails/test-email";
import { parseNotificationMetadata, type TNotificationMetadata } from "./notification-metadata";
import type { TBrand } from "@/emails/components/brand";
import { renderElement, type TRenderedEmail } from "./render-element";
import { notificationSeverity, type TPriority } from "./notification-severity";
import { templateIdForType, type TNotificationTemplateId } from "./template-id-for-type";

export { renderDigestEmail, type TDigestItem, type TRenderDigestEmailInput } from "./render-digest-email";
export { renderTestEmail, type TRenderTestEmailInput } from "./render-test-email";
export { emailTemplates, listTemplatePreviews, renderTemplatePreview } from "./template-previews";
export type { TRenderedEmail } from "./render-element";

export type TRenderNotificationEmailInput = {
  notification: {
    id: number;
    subject: string;
    body: string;
    notificationType: string;
    priority: TPriority;
    metadata: unknown;
    jobRunId: string | null;
    createdAt: Date;
  };
  appUrl: string;
  timeZone?: string;
  /** The files sent with the email, listed in it with a note on any that were cut or compressed. */
  attachments?: TAttachmentSummary[];
  /** Settings → Branding; today's look when absent. */
  brand?: TBrand;
  /** An incident's signed acknowledge link, when the notification is one of its levels. */
  ackUrl?: string;
};

/** Subjects become a mail header: one line, bounded, never empty. */
function cleanSubject(subject: string): string {
  return subject.replace(/\s+/g, " ").trim().slice(0, 250) || "OpsConductor Notify notification";
}

/** An email from a custom template's rendered parts, in the house layout (the text part is the template's own when it has one). */
export async function renderCustomNotificationEmail(
  input: TRenderNotificationEmailInput,
  content: { subject: string; heading: string; html: string; text: string | null },
): Promise<TRenderedEmail> {
  const { notification, appUrl } = input;
  const meta = parseNotificationMetadata(notification.metadata);
  const severity = notificationSeverity(notification, meta.severity);
  const subject = cleanSubject(content.subject);
  const element = createElement(CustomTemplateEmail, {
    appUrl,
    notificationId: notification.id,
    subject,
    heading: content.heading,
    html: content.html,
    tone: severity,
    label: severityLabel(severity),
    createdAt: notification.createdAt,
    timeZone: input.timeZone,
    attachments: input.attachments?.map(attachmentListing),
    brand: input.brand,
    ackUrl: input.ackUrl,
  });
  const rendered = await renderElement(element);
  return { subject, template: "custom", html: rendered.html, text: content.text?.trim() || rendered.text };
}

export async function renderNotificationEmail(input: TRenderNotificationEmailInput): Promise<TRenderedEmail> {
  const { notification, appUrl, timeZone } = input;
  const template = templateIdForType(notification.notificationType);
  const subject = cleanSubject(notification.subject);
  const base: TNotificationEmailProps = {
    appUrl,
    notificationId: notification.id,
    subject,
    body: notification.body,
    createdAt: notification.createdAt,
    timeZone,
    attachments: input.attachments?.map(attachmentListing),
    brand: input.brand,
    ackUrl: input.ackUrl,
  };
  const meta = parseNotificationMetadata(notification.metadata);
  const element = elementFor(template, base, meta, notification);
  return { subject, template, ...(await renderElement(element)) };
}

function elementFor(
  template: TNotificationTemplateId,
  base: TNotificationEmailProps,
  meta: TNotificationMetadata,
  notification: TRenderNotificationEmailInput["notification"],
): ReactElement {
  const job = { ...meta.job, runId: notification.jobRunId ?? undefined };
  const severity = notificationSeverity(notification, meta.severity);
  switch (template) {
    case "job-completed":
      return createElement(JobCompletedEmail, { ...base, job });
    case "job-failed":
      return createElement(JobFailedEmail, { ...base, job, critical: severity === "critical" });
    case "system-event":
      return createElement(SystemEventEmail, { ...base, severity, event: meta.event, source: meta.source, details: meta.details });
    case "custom-alert":
      return createElement(CustomAlertEmail, { ...base, severity, source: meta.source, details: meta.details });
    case "test-email":
      return createElement(TestEmail, {
        ...base,
        sentBy: meta.source ?? "an API client",
        serverDescription: meta.details?.server ?? "the SMTP server configured in OpsConductor Notify",
        sentAt: notification.createdAt,
      });
    case "generic":
      return createElement(GenericEmail, { ...base, tone: severity, job });
  }
}
