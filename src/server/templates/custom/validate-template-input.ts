import { AppError, type TErrorDetail } from "@/server/errors/app-error";
import { validateJsonTemplate, renderJsonTemplate } from "@/server/templates/liquid/render-json-template";
import { renderTemplate } from "@/server/templates/liquid/render-template";
import { SAMPLE_CONTEXTS } from "@/server/templates/liquid/sample-contexts";
import type { TTemplateProblem } from "@/server/templates/liquid/template-problem";
import { validateTemplate } from "@/server/templates/liquid/validate-template";
import { checkRenderedChannelBody } from "./check-rendered-body";
import { listCustomVariables } from "./custom-variables";
import type { TParsedTemplateInput, TTemplateBodies } from "./template-input-schema";

/** One problem of a template: which body field, and where in it when known (1-based). */
export type TTemplateIssue = { path: string; line?: number; column?: number; message: string };
export type TTemplateValidation = { errors: TTemplateIssue[]; warnings: TTemplateIssue[] };

type TField = { path: string; source: string; kind: "html" | "text" | "json" };

function fieldsOf(bodies: TTemplateBodies): TField[] {
  const fields: (TField | null)[] = [
    bodies.email ? { path: "bodies.email.subject", source: bodies.email.subject, kind: "text" } : null,
    bodies.email?.heading ? { path: "bodies.email.heading", source: bodies.email.heading, kind: "text" } : null,
    bodies.email ? { path: "bodies.email.html", source: bodies.email.html, kind: "html" } : null,
    bodies.email?.text ? { path: "bodies.email.text", source: bodies.email.text, kind: "text" } : null,
    bodies.slack ? { path: "bodies.slack.text", source: bodies.slack.text, kind: "text" } : null,
    bodies.slack?.blocks ? { path: "bodies.slack.blocks", source: bodies.slack.blocks, kind: "json" } : null,
    bodies.teams ? { path: "bodies.teams.text", source: bodies.teams.text, kind: "text" } : null,
    bodies.teams?.card ? { path: "bodies.teams.card", source: bodies.teams.card, kind: "json" } : null,
    bodies.webhook ? { path: "bodies.webhook.payload", source: bodies.webhook.payload, kind: "json" } : null,
    bodies.sms ? { path: "bodies.sms.text", source: bodies.sms.text, kind: "text" } : null,
  ];
  return fields.filter((field): field is TField => field !== null);
}

/**
 * Everything that would make a template fail or mislead at send time, found
 * before it is saved: syntax (with line and column), unknown variables and
 * filters, then — rendered with every sample event — invalid Block Kit or
 * Adaptive Card JSON, payloads over the channels' size limits and SMS over
 * the segment limit.
 */
export async function validateTemplateBodies(bodies: TTemplateBodies, customVariables?: string[]): Promise<TTemplateValidation> {
  const custom = customVariables ?? (await listCustomVariables()).map((variable) => variable.key);
  const errors: TTemplateIssue[] = [];
  const warnings: TTemplateIssue[] = [];
  const at = (path: string) => (problem: TTemplateProblem): TTemplateIssue => ({ path, ...problem });
  for (const field of fieldsOf(bodies)) {
    const result = field.kind === "json" ? validateJsonTemplate(field.source, { customVariables: custom }) : validateTemplate(field.source, { mode: field.kind, customVariables: custom });
    errors.push(...result.errors.map(at(field.path)));
    warnings.push(...result.warnings.map(at(field.path)));
  }
  if (errors.length) return { errors, warnings };
  // Syntax and names are right: now what each sample renders to must be something the channel accepts.
  for (const sample of SAMPLE_CONTEXTS) {
    const seen = new Set(errors.map((error) => error.path));
    for (const field of fieldsOf(bodies)) {
      if (seen.has(field.path)) continue;
      try {
        const rendered = field.kind === "json" ? renderJsonTemplate(field.source, sample.context) : renderTemplate(field.source, sample.context, { mode: field.kind });
        for (const message of checkRenderedChannelBody(field.path, rendered)) errors.push({ path: field.path, message: `with the sample "${sample.label}": ${message}` });
      } catch (error) {
        errors.push({ path: field.path, message: `with the sample "${sample.label}": ${error instanceof Error ? error.message : String(error)}` });
      }
    }
  }
  return { errors, warnings };
}

export async function assertValidTemplate(input: TParsedTemplateInput): Promise<void> {
  const { errors } = await validateTemplateBodies(input.bodies);
  if (errors.length) throw templateInvalid(errors);
}

export function templateInvalid(errors: TTemplateIssue[]): AppError {
  const where = (issue: TTemplateIssue) => (issue.line ? `line ${issue.line}, column ${issue.column}: ` : "");
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of errors) (fieldErrors[issue.path] ??= []).push(`${where(issue)}${issue.message}`);
  const details: TErrorDetail[] = errors.map((issue) => ({ index: 0, ...issue }));
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
  return new AppError("BAD_REQUEST", `Invalid template: ${first ? `${first.path}: ${where(first)}${first.message}` : ""}${more}`, { fieldErrors, details });
}
