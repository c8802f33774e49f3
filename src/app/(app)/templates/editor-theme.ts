import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import type { Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { tags } from "@lezer/highlight";

// Only the kit's tokens: they are light-dark() values, so the editor follows the theme toggle without reconfiguring.
const theme = EditorView.theme({
  "&": {
    color: "var(--color-text)",
    backgroundColor: "var(--color-surface)",
    border: "1px solid var(--color-border-strong)",
    borderRadius: "var(--radius)",
    fontSize: "var(--text-sm)",
  },
  "&.cm-focused": { outline: "2px solid var(--color-focus)", outlineOffset: "1px" },
  ".cm-scroller": { fontFamily: "var(--font-mono)", lineHeight: "1.6", borderRadius: "var(--radius)" },
  ".cm-content": { caretColor: "var(--color-text)", padding: "var(--space-2) 0" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--color-text)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection": {
    backgroundColor: "var(--color-accent-soft)",
  },
  ".cm-gutters": {
    backgroundColor: "var(--color-surface-2)",
    color: "var(--color-text-subtle)",
    borderRight: "1px solid var(--color-border)",
    borderRadius: "var(--radius) 0 0 var(--radius)",
  },
  ".cm-activeLine": { backgroundColor: "transparent" },
  "&.cm-focused .cm-activeLine": { backgroundColor: "var(--color-surface-2)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--color-surface-3)", color: "var(--color-text)" },
  ".cm-placeholder": { color: "var(--color-text-subtle)" },
  ".cm-matchingBracket, &.cm-focused .cm-matchingBracket": { backgroundColor: "var(--color-accent-soft)", outline: "1px solid var(--color-border-strong)" },
  ".cm-searchMatch": { backgroundColor: "var(--color-warning-soft)", outline: "1px solid var(--color-warning-border)" },
  ".cm-foldPlaceholder": { backgroundColor: "var(--color-surface-3)", color: "var(--color-text-muted)", border: "none" },
  ".cm-panels": { backgroundColor: "var(--color-surface-2)", color: "var(--color-text)" },
  ".cm-panels.cm-panels-bottom": { borderTop: "1px solid var(--color-border)" },
  ".cm-tooltip": {
    backgroundColor: "var(--color-surface)",
    color: "var(--color-text)",
    border: "1px solid var(--color-border-strong)",
    borderRadius: "var(--radius)",
    boxShadow: "var(--shadow-md)",
  },
  ".cm-tooltip-autocomplete > ul": { fontFamily: "var(--font-mono)", maxHeight: "16em" },
  ".cm-tooltip-autocomplete > ul > li[aria-selected]": { backgroundColor: "var(--color-accent-soft)", color: "var(--color-accent-text)" },
  ".cm-completionDetail": { color: "var(--color-text-muted)", fontStyle: "normal", marginLeft: "var(--space-2)" },
  ".cm-completionMatchedText": { textDecoration: "none", fontWeight: "600" },
  ".cm-tooltip.cm-completionInfo": { padding: "var(--space-2) var(--space-3)", maxWidth: "22rem", fontFamily: "var(--font-sans)" },
  // The default wavy underline is a fixed-colour image; a text decoration takes the token and survives dark mode.
  ".cm-lintRange-error": { backgroundImage: "none", textDecoration: "underline wavy var(--color-danger)", textUnderlineOffset: "3px" },
  ".cm-lintRange-warning": { backgroundImage: "none", textDecoration: "underline wavy var(--color-warning)", textUnderlineOffset: "3px" },
  ".cm-diagnostic": { fontFamily: "var(--font-sans)" },
  ".cm-diagnostic-error": { borderLeftColor: "var(--color-danger)" },
  ".cm-diagnostic-warning": { borderLeftColor: "var(--color-warning)" },
  ".cm-lint-marker": { width: "0.8em", height: "0.8em" },
});

const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.operatorKeyword], color: "var(--color-accent-text)", fontWeight: "600" },
  { tag: [tags.variableName, tags.propertyName], color: "var(--color-info)" },
  { tag: tags.function(tags.variableName), color: "var(--color-success)" },
  { tag: [tags.string, tags.number, tags.bool, tags.atom], color: "var(--color-warning)" },
  { tag: [tags.brace, tags.angleBracket, tags.punctuation, tags.derefOperator], color: "var(--color-text-subtle)" },
  { tag: [tags.lineComment, tags.blockComment, tags.comment], color: "var(--color-text-subtle)", fontStyle: "italic" },
  { tag: tags.tagName, color: "var(--color-accent-text)" },
  { tag: tags.attributeName, color: "var(--color-info)" },
  { tag: tags.attributeValue, color: "var(--color-warning)" },
  { tag: tags.invalid, color: "var(--color-danger)" },
]);

export const editorTheme: Extension = [theme, syntaxHighlighting(highlight)];
