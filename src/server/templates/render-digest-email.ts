import { createElement } from "react";
import DigestEmail, { type Props as TDigestProps } from "@/emails/digest";
import { renderElement, type TRenderedEmail } from "./render-element";

export type { TDigestItem } from "@/emails/digest";
export type TRenderDigestEmailInput = TDigestProps;

export async function renderDigestEmail(input: TRenderDigestEmailInput): Promise<TRenderedEmail> {
  const count = input.notifications.length;
  const subject = `OpsConductor Notify digest: ${count} notification${count === 1 ? "" : "s"}`;
  return { subject, template: "digest", ...(await renderElement(createElement(DigestEmail, input))) };
}
