import type { TTemplateProblem, TValidationResult } from "@/server/templates/liquid/template-problem";
import { validateJsonTemplate } from "@/server/templates/liquid/render-json-template";
import { validateTemplate } from "@/server/templates/liquid/validate-template";
import type { TSourceMode } from "./template-fields";

/** A problem to show under an editor and in it: where (when known), what, and how bad. */
export type TEditorProblem = { line?: number; column?: number; message: string; severity: "error" | "warning"; fromServer?: boolean };

/** The same checks the server runs before it saves, run in the browser as the author types. */
export function validateSource(source: string, mode: TSourceMode, customVariables: readonly string[]): TValidationResult {
  return mode === "json" ? validateJsonTemplate(source, { customVariables }) : validateTemplate(source, { mode, customVariables });
}

export function liveProblems(result: TValidationResult): TEditorProblem[] {
  const as = (severity: TEditorProblem["severity"]) => (problem: TTemplateProblem): TEditorProblem => ({ ...problem, severity });
  return [...result.errors.map(as("error")), ...result.warnings.map(as("warning"))];
}

const POSITIONED = /^line (\d+), column (\d+): ([\s\S]*)$/;

/** The server's "line 2, column 5: unknown variable …" messages, with the position taken back out. */
export function serverProblems(messages: readonly string[]): TEditorProblem[] {
  return messages.map((message) => {
    const match = POSITIONED.exec(message);
    if (!match) return { message: capitalise(message), severity: "error", fromServer: true };
    return { line: Number(match[1]), column: Number(match[2]), message: match[3] ?? message, severity: "error", fromServer: true };
  });
}

/** Live and server problems together, each once (both sides often find the same unknown variable). */
export function mergeProblems(live: readonly TEditorProblem[], server: readonly TEditorProblem[]): TEditorProblem[] {
  const seen = new Set(live.map((problem) => `${problem.line}:${problem.column}:${problem.message}`));
  return [...live, ...server.filter((problem) => !seen.has(`${problem.line}:${problem.column}:${problem.message}`))];
}

export function problemText(problem: TEditorProblem): string {
  const where = problem.line ? `line ${problem.line}, column ${problem.column ?? 1}: ` : "";
  return `${where}${problem.message}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
