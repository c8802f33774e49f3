import { render } from "@react-email/components";
import type { ReactElement } from "react";
import { plainTextSelectors } from "@/emails/components/plain-text-selectors";
import type { TEmailTemplateId } from "./template-id-for-type";

export type TRenderedEmail = { subject: string; html: string; text: string; template: TEmailTemplateId };

/** Both parts from one element, so the HTML and the text alternative never disagree. */
export async function renderElement(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions: { selectors: plainTextSelectors } }),
  ]);
  return { html, text: text.replace(/\n{3,}/g, "\n\n").trim() };
}
