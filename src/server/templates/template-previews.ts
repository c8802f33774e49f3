import { createElement, type FunctionComponent } from "react";
import CustomAlertEmail, { PreviewProps as customAlertPreview } from "@/emails/custom-alert";
import { PreviewProps as digestPreview } from "@/emails/digest";
import GenericEmail, { PreviewProps as genericPreview } from "@/emails/generic";
import JobCompletedEmail, { PreviewProps as jobCompletedPreview } from "@/emails/job-completed";
import JobFailedEmail, { PreviewProps as jobFailedPreview } from "@/emails/job-failed";
import SystemEventEmail, { PreviewProps as systemEventPreview } from "@/emails/system-event";
import { PreviewProps as testEmailPreview } from "@/emails/test-email";
import { AppError } from "@/server/errors/app-error";
import { renderDigestEmail } from "./render-digest-email";
import { renderElement, type TRenderedEmail } from "./render-element";
import { renderTestEmail } from "./render-test-email";
import type { TEmailTemplateId } from "./template-id-for-type";

export type TEmailTemplatePreview = {
  id: TEmailTemplateId;
  name: string;
  /** Renders the template with its own PreviewProps sample data. */
  render: () => Promise<TRenderedEmail>;
};

function preview<P extends { subject: string }>(
  id: TEmailTemplateId,
  name: string,
  component: FunctionComponent<P>,
  props: P,
): TEmailTemplatePreview {
  return {
    id,
    name,
    render: async () => ({ subject: props.subject, template: id, ...(await renderElement(createElement(component, props))) }),
  };
}

export const emailTemplates: TEmailTemplatePreview[] = [
  preview("job-completed", "Job completed", JobCompletedEmail, jobCompletedPreview),
  preview("job-failed", "Job failed", JobFailedEmail, jobFailedPreview),
  preview("system-event", "System event", SystemEventEmail, systemEventPreview),
  preview("custom-alert", "Custom alert", CustomAlertEmail, customAlertPreview),
  { id: "digest", name: "Digest", render: () => renderDigestEmail(digestPreview) },
  { id: "test-email", name: "SMTP test", render: () => renderTestEmail(testEmailPreview) },
  preview("generic", "Generic notification", GenericEmail, genericPreview),
];

export function listTemplatePreviews(): { id: TEmailTemplateId; name: string }[] {
  return emailTemplates.map(({ id, name }) => ({ id, name }));
}

export async function renderTemplatePreview(id: string): Promise<{ subject: string; html: string; text: string }> {
  const template = emailTemplates.find((t) => t.id === id);
  if (!template) throw new AppError("NOT_FOUND", `Unknown email template "${id}"`);
  const { subject, html, text } = await template.render();
  return { subject, html, text };
}
