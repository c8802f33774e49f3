import type { Template } from "liquidjs";
import { unknownVariableMessage, variableTree } from "./check-variable-path";
import { closestMatch } from "./closest-match";
import { collectFilterUses, type TFilterUse } from "./collect-filter-uses";
import { analysisEngine, templateEngine } from "./template-engine";
import { TEMPLATE_FILTERS } from "./template-filters";
import { TEMPLATE_LIMITS, type TTemplateMode } from "./template-limits";
import { byPosition, liquidErrorPosition, liquidMessage, type TTemplateProblem, type TValidationResult } from "./template-problem";

export type TValidateOptions = { mode: TTemplateMode; customVariables: readonly string[] };

const KNOWN_FILTERS = new Set(TEMPLATE_FILTERS.map((filter) => filter.name));

const HTML_WARNINGS: Record<string, string> = {
  raw: "| raw outputs unescaped HTML: use it only for markup you trust, never for event data",
  escape: "| escape escapes twice: html mode escapes every output already",
  markdown: "| markdown escapes for chat markup; in html mode the output is escaped twice",
};
const TEXT_WARNINGS: Record<string, string> = {
  raw: "| raw has no effect in text mode: nothing is escaped",
};

/**
 * Problems of one template, for saving and for the editor as the author types.
 * Errors: syntax (first one only: LiquidJS stops parsing there), unknown filters,
 * unknown variables, refused tags, size. Warnings: filters that likely do not do what
 * the author means in this mode. Never throws.
 */
export function validateTemplate(source: string, options: TValidateOptions): TValidationResult {
  if (source.length > TEMPLATE_LIMITS.sourceChars) {
    return { errors: [{ line: 1, column: 1, message: `template is longer than ${TEMPLATE_LIMITS.sourceChars.toLocaleString("en")} characters` }], warnings: [] };
  }
  let templates: Template[];
  try {
    templates = analysisEngine().parse(source);
  } catch (error) {
    return { errors: [problemOf(error)], warnings: [] };
  }
  const errors: TTemplateProblem[] = [];
  const warnings: TTemplateProblem[] = [];
  for (const use of collectFilterUses(templates)) {
    if (!KNOWN_FILTERS.has(use.name)) errors.push(at(use, unknownFilterMessage(use.name)));
    const warning = (options.mode === "html" ? HTML_WARNINGS : TEXT_WARNINGS)[use.name];
    if (warning) warnings.push(at(use, warning));
  }
  const tree = variableTree(options.customVariables);
  for (const variables of Object.values(analysisEngine().analyzeSync(templates, { partials: false }).globals)) {
    for (const variable of variables) {
      const message = unknownVariableMessage(variable, tree);
      if (message) errors.push({ line: variable.location.row, column: variable.location.col, message });
    }
  }
  if (errors.length === 0) {
    // The render engine must accept what validation accepted; anything the walk above
    // missed is still reported rather than failing at send time.
    try {
      templateEngine(options.mode).parse(source);
    } catch (error) {
      errors.push(problemOf(error));
    }
  }
  return { errors: errors.sort(byPosition), warnings: warnings.sort(byPosition) };
}

function problemOf(error: unknown): TTemplateProblem {
  return { ...(liquidErrorPosition(error) ?? { line: 1, column: 1 }), message: liquidMessage(error) };
}

function at(use: TFilterUse, message: string): TTemplateProblem {
  return { line: use.line, column: use.column, message };
}

function unknownFilterMessage(name: string): string {
  const guess = closestMatch(name, KNOWN_FILTERS);
  return guess ? `unknown filter ${name} — did you mean ${guess}?` : `unknown filter ${name}`;
}
