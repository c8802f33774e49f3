import { createElement } from "react";
import TestEmail from "@/emails/test-email";
import { renderElement, type TRenderedEmail } from "./render-element";

export type TRenderTestEmailInput = {
  appUrl: string;
  sentBy: string;
  serverDescription: string;
  timeZone?: string;
  sentAt?: Date;
};

export async function renderTestEmail(input: TRenderTestEmailInput): Promise<TRenderedEmail> {
  const element = createElement(TestEmail, { ...input, sentAt: input.sentAt ?? new Date() });
  return { subject: "OpsConductor Notify: SMTP test email", template: "test-email", ...(await renderElement(element)) };
}
