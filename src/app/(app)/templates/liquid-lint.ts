import type { Diagnostic } from "@codemirror/lint";
import type { Text } from "@codemirror/state";
import type { TEditorProblem } from "./template-problems";

/** A problem at its 1-based line and column as a CodeMirror range over the name or token that starts there. */
export function toDiagnostic(doc: Text, problem: TEditorProblem): Diagnostic {
  const line = doc.line(Math.min(Math.max(problem.line ?? 1, 1), doc.lines));
  const from = Math.min(line.from + Math.max((problem.column ?? 1) - 1, 0), line.to);
  const token = /^[\w.[\]"'-]+|^\{\{|^\{%/.exec(line.text.slice(from - line.from))?.[0] ?? "";
  const to = token ? from + token.length : Math.min(from + 1, line.to);
  return { from, to, severity: problem.severity, message: problem.message, source: problem.fromServer ? "server" : "Liquid" };
}
