import { Context, type Template } from "liquidjs";
import type { TTemplateContext } from "./build-template-context";
import { JsonSourceError, parseJsonSource, type TJsonNode, type TJsonString } from "./parse-json-source";
import { templateEngine } from "./template-engine";
import { TEMPLATE_LIMITS } from "./template-limits";
import { offsetAt, positionAt, type TTemplateProblem, type TValidationResult } from "./template-problem";
import { TemplateRenderError } from "./template-render-error";
import { validateTemplate } from "./validate-template";

/*
 * Block Kit, Adaptive Card and webhook payload templates: JSON whose string values are
 * Liquid (text mode). Only values render and the structure is rebuilt from the parsed
 * source, so no value can close a string, add a key or produce invalid JSON.
 */

export type TJsonValue = string | number | boolean | null | TJsonValue[] | { [key: string]: TJsonValue };

const isTemplate = (text: string) => text.includes("{{") || text.includes("{%");

type TParsed = { ok: true; root: TJsonNode } | { ok: false; kind: "too_large" | "syntax"; problem: TTemplateProblem };

function parseSource(source: string): TParsed {
  if (source.length > TEMPLATE_LIMITS.sourceChars) {
    return { ok: false, kind: "too_large", problem: { line: 1, column: 1, message: `template is longer than ${TEMPLATE_LIMITS.sourceChars.toLocaleString("en")} characters` } };
  }
  try {
    return { ok: true, root: parseJsonSource(source) };
  } catch (error) {
    if (!(error instanceof JsonSourceError)) throw error;
    return { ok: false, kind: "syntax", problem: { ...positionAt(source, error.offset), message: `invalid JSON: ${error.message}` } };
  }
}

/** A position inside a string's decoded value, as a position in the JSON source. */
function sourcePosition(source: string, node: TJsonString, position: { line: number; column: number }) {
  const offset = node.offsets[offsetAt(node.value, position.line, position.column)] ?? node.offsets.at(-1) ?? 0;
  return positionAt(source, offset);
}

function visitStrings(node: TJsonNode, onValue: (node: TJsonString) => void, onKey: (key: TJsonString) => void): void {
  if (node.kind === "string") onValue(node);
  if (node.kind === "array") node.items.forEach((item) => visitStrings(item, onValue, onKey));
  if (node.kind === "object") {
    for (const entry of node.entries) {
      onKey(entry.key);
      visitStrings(entry.value, onValue, onKey);
    }
  }
}

export function validateJsonTemplate(source: string, options: { customVariables: readonly string[] }): TValidationResult {
  const parsed = parseSource(source);
  if (!parsed.ok) return { errors: [parsed.problem], warnings: [] };
  const result: TValidationResult = { errors: [], warnings: [] };
  const located = (node: TJsonString, problem: TTemplateProblem) => ({ ...sourcePosition(source, node, problem), message: problem.message });
  visitStrings(
    parsed.root,
    (node) => {
      if (!isTemplate(node.value)) return;
      const { errors, warnings } = validateTemplate(node.value, { mode: "text", customVariables: options.customVariables });
      result.errors.push(...errors.map((problem) => located(node, problem)));
      result.warnings.push(...warnings.map((problem) => located(node, problem)));
    },
    (key) => {
      if (isTemplate(key.value)) result.warnings.push(located(key, { line: 1, column: 1, message: "property names are not rendered: only string values are templates" }));
    },
  );
  return result;
}

/** The JSON template with every string value rendered; throws TemplateRenderError at the source position. */
export function renderJsonTemplate(source: string, context: TTemplateContext): TJsonValue {
  const parsed = parseSource(source);
  if (!parsed.ok) throw new TemplateRenderError(parsed.kind, parsed.problem.message, parsed.problem);
  const engine = templateEngine("text");
  const scope = { ...context };
  // One time and memory budget for the whole payload, not one per string.
  const budget = new Context(scope, engine.options, { sync: true }, { liquid: engine });

  const renderString = (node: TJsonString): string => {
    if (!isTemplate(node.value)) return node.value;
    const inSource = (position: { line: number; column: number }) => sourcePosition(source, node, position);
    let templates: Template[];
    try {
      templates = engine.parse(node.value);
    } catch (error) {
      throw TemplateRenderError.from(error, "parse", inSource);
    }
    // A fresh scope per string (an assign stays in its string, as validation assumes).
    const context = new Context(scope, engine.options, { sync: true }, { liquid: engine, memoryLimit: budget.memoryLimit, renderLimit: budget.renderLimit });
    try {
      return String(engine.renderSync(templates, context));
    } catch (error) {
      throw TemplateRenderError.from(error, "render", inSource);
    }
  };

  const build = (node: TJsonNode): TJsonValue => {
    if (node.kind === "string") return renderString(node);
    if (node.kind === "literal") return node.value;
    if (node.kind === "array") return node.items.map(build);
    const object: { [key: string]: TJsonValue } = {};
    for (const { key, value } of node.entries) {
      // defineProperty, not assignment: a "__proto__" key stays a plain key.
      Object.defineProperty(object, key.value, { value: build(value), enumerable: true, writable: true, configurable: true });
    }
    return object;
  };
  return build(parsed.root);
}
