import { render, toPlainText } from "@react-email/components";
import type { ReactElement } from "react";
import { plainTextSelectors } from "@/emails/components/plain-text-selectors";
import type { TEmailTemplateId } from "./template-id-for-type";

export type TRenderedEmail = { subject: string; html: string; text: string; template: TEmailTemplateId };

/**
 * Both parts from one element, so the HTML and the text alternative never
 * disagree. React renders once; the text is derived from that HTML (rendering
 * twice cost the worker ~2 ms per email).
 */
export async function renderElement(element: ReactElement): Promise<{ html: string; text: string }> {
  const html = await render(element);
  const text = toPlainText(html, { selectors: plainTextSelectors });
  return { html, text: text.replace(/\n{3,}/g, "\n\n").trim() };
}
