import type { Template } from "liquidjs";
import type { TTemplateContext } from "./build-template-context";
import { templateEngine } from "./template-engine";
import { TEMPLATE_LIMITS, type TTemplateMode } from "./template-limits";
import { TemplateRenderError } from "./template-render-error";

export function parseTemplate(source: string, mode: TTemplateMode): Template[] {
  if (source.length > TEMPLATE_LIMITS.sourceChars) {
    throw new TemplateRenderError("too_large", `template is longer than ${TEMPLATE_LIMITS.sourceChars.toLocaleString("en")} characters`);
  }
  try {
    return templateEngine(mode).parse(source);
  } catch (error) {
    throw TemplateRenderError.from(error, "parse");
  }
}

/**
 * One template rendered with one context, synchronously (the editor previews as the
 * author types). Throws TemplateRenderError; missing values render empty.
 */
export function renderTemplate(source: string, context: TTemplateContext, options: { mode: TTemplateMode }): string {
  const templates = parseTemplate(source, options.mode);
  try {
    // A copy: `{% increment x %}` writes into the object it is given, and the same
    // context (a sample, one recipient's) is rendered again for the next template.
    return String(templateEngine(options.mode).renderSync(templates, { ...context }));
  } catch (error) {
    throw TemplateRenderError.from(error, "render");
  }
}
