import type { EditorView } from "@codemirror/view";
import type { TInsertRequest } from "./variable-sidebar";

/** Whether the cursor is inside an open `{{ … }}` or `{% … %}` on its line. */
function insideLiquid(view: EditorView): boolean {
  const { head } = view.state.selection.main;
  const line = view.state.doc.lineAt(head);
  const before = line.text.slice(0, head - line.from);
  return Math.max(before.lastIndexOf("{{"), before.lastIndexOf("{%")) > Math.max(before.lastIndexOf("}}"), before.lastIndexOf("%}"));
}

/** A variable or filter from the sidebar at the cursor: bare inside an output, wrapped in `{{ }}` outside one. */
export function insertAtCursor(view: EditorView, request: TInsertRequest): void {
  const inside = insideLiquid(view);
  const text = request.kind === "variable" ? (inside ? request.path : `{{ ${request.path} }}`) : inside ? ` | ${request.name}` : firstOutput(request.example);
  view.dispatch(view.state.replaceSelection(text));
  view.focus();
}

/** Some examples show several uses ("a / b / c"): insert the first. */
function firstOutput(example: string): string {
  return /\{\{[^}]*\}\}/.exec(example)?.[0] ?? example;
}
