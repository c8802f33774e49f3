import { plainTextSelectors as reactEmailTextSelectors } from "@react-email/render";
import { compile } from "html-to-text";
import type { ReactElement } from "react";
import { plainTextSelectors } from "@/emails/components/plain-text-selectors";
import type { TEmailTemplateId } from "./template-id-for-type";

/** `custom`: an operator's template (Templates page) inside the house layout. */
export type TRenderedEmail = { subject: string; html: string; text: string; template: TEmailTemplateId | "custom" };

// react-email's render() prefixes this doctype (email clients expect XHTML 1.0).
const XHTML_DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

// react-email's toPlainText() settings, compiled once: html-to-text's convert()
// rebuilds its selector tree on every call, a third of the text part's cost.
const htmlToText = compile({ wordwrap: false, selectors: [...reactEmailTextSelectors, ...plainTextSelectors] });

// Imported dynamically, as react-email's render() does: Next.js refuses a static
// import of react-dom/server in server code. Once per process, not per email.
let reactDomServer: Promise<typeof import("react-dom/server")> | undefined;

/**
 * Both parts from one element, so the HTML and the text alternative never
 * disagree. Produces what react-email's render() + toPlainText() produce
 * (without React's streaming markers), in a quarter of the time: our templates
 * never suspend, so the static renderer replaces render()'s web stream and its
 * dynamic import on every call.
 */
export async function renderElement(element: ReactElement): Promise<{ html: string; text: string }> {
  const { renderToStaticMarkup } = await (reactDomServer ??= import("react-dom/server"));
  const html = XHTML_DOCTYPE + renderToStaticMarkup(element).replace(/<!DOCTYPE.*?>/, "");
  const text = htmlToText(html);
  return { html, text: text.replace(/\n{3,}/g, "\n\n").trim() };
}
