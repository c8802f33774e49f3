import { EditorView } from "@codemirror/view";
import { fieldElementId, TEMPLATE_CHANNELS, TEMPLATE_FIELDS } from "./template-fields";
import type { TFieldErrors } from "./template-server-errors";

const PLAIN_FIELDS: Record<string, string> = { name: "template-name", key: "template-key", description: "template-description", event_types: "template-event-types" };

const BODY_PATHS = new Set(TEMPLATE_CHANNELS.flatMap((channel) => TEMPLATE_FIELDS[channel].map((field) => `bodies.${channel}.${field.name}`)));

const plainFieldOf = (path: string) => PLAIN_FIELDS[path.split(".")[0] ?? ""];

/** Moves focus to the input or editor a server error names. */
export function focusField(path: string): void {
  const element = document.getElementById(plainFieldOf(path) ?? fieldElementId(path));
  const target = element?.matches("input, textarea") ? element : element?.querySelector<HTMLElement>(".cm-content");
  target?.focus();
}

/** The CodeMirror view of a body field, when it is on screen. */
export function editorViewAt(path: string): EditorView | null {
  const editor = document.getElementById(fieldElementId(path))?.querySelector<HTMLElement>(".cm-editor");
  return editor ? EditorView.findFromDOM(editor) : null;
}

/** Errors no field shows ("needs a body for at least one channel"), as lines for a summary. */
export function unplacedErrors(errors: TFieldErrors | null): string[] {
  return Object.entries(errors ?? {})
    .filter(([path]) => !BODY_PATHS.has(path) && !plainFieldOf(path))
    .map(([path, messages]) => `${path === "body" || path === "bodies" ? "Bodies" : path}: ${messages.join(", ")}`);
}
