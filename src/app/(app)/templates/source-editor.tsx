"use client";

import { autocompletion, type Completion } from "@codemirror/autocomplete";
import { liquid } from "@codemirror/lang-liquid";
import { forceLinting, lintGutter, linter } from "@codemirror/lint";
import { Annotation, Compartment, EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap, placeholder as placeholderText } from "@codemirror/view";
import { basicSetup, minimalSetup } from "codemirror";
import { useEffect, useMemo, useRef, useState } from "react";
import { cx } from "@/components/ui/cx";
import { editorTheme } from "./editor-theme";
import { liquidCompletionSource } from "./liquid-completion";
import { toDiagnostic } from "./liquid-lint";
import { ProblemList } from "./problem-list";
import type { TSourceMode } from "./template-fields";
import { liveProblems, mergeProblems, serverProblems, validateSource, type TEditorProblem } from "./template-problems";
import styles from "./templates.module.css";

export type TSourceEditorProps = {
  /** Id of the wrapper; the form focuses the editor inside it when the server names the field. */
  id: string;
  label: string;
  hint?: string;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
  mode: TSourceMode;
  /** A one-line field such as the subject: a short editor where Enter adds no line. */
  short?: boolean;
  readOnly?: boolean;
  placeholder?: string;
  /** Variables for autocompletion, custom ones included. */
  completions: readonly Completion[];
  /** Keys of the custom variables, which validation accepts as custom.<key>. */
  customKeys: readonly string[];
  /** The server's messages for this field (from a save or the preview), "line L, column C: …" when positioned. */
  serverMessages?: readonly string[];
  /** The sidebar inserts at the cursor of the editor last focused. */
  onFocusView?: (view: EditorView) => void;
};

/** Marks the transactions that copy the value prop in, so they are not reported back as edits. */
const external = Annotation.define<boolean>();

/**
 * A CodeMirror 6 editor for one Liquid source: highlighting (HTML as the base language, as in the
 * email body; lang-json is not installed, so JSON sources get Liquid and plain text), completion of
 * variables, filters and tags, and the validators' problems at their line and column as you type.
 */
export function SourceEditor(props: TSourceEditorProps) {
  const { id, label, hint, required, value, mode, short, readOnly = false, customKeys, serverMessages } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const latest = useRef(props);
  const compartments = useRef({ readOnly: new Compartment(), aria: new Compartment() });
  // Texts reported through onChange that have not come back as the value prop yet: while React lags behind
  // fast typing, an older one arrives after newer keystrokes and must not be copied back over them.
  const reported = useRef<string[]>([]);
  const [live, setLive] = useState<TEditorProblem[]>([]);
  const server = useMemo(() => serverProblems(serverMessages ?? []), [serverMessages]);
  const problems = mergeProblems(live, server);
  const invalid = problems.some((problem) => problem.severity === "error");
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const problemsId = `${id}-problems`;
  const describedBy = [hint ? hintId : null, problems.length ? problemsId : null].filter(Boolean).join(" ");

  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const initial = latest.current;
    const lint = linter(
      (view) => {
        const current = latest.current;
        const result = liveProblems(validateSource(view.state.doc.toString(), current.mode, current.customKeys));
        setLive(result);
        const all = mergeProblems(result, serverProblems(current.serverMessages ?? []));
        // A problem without a position ("with the sample …: renders to an empty subject") is only listed under the editor.
        return all.filter((problem) => problem.line !== undefined).map((problem) => toDiagnostic(view.state.doc, problem));
      },
      { delay: 300 },
    );
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: initial.value,
        extensions: [
          initial.short ? minimalSetup : basicSetup,
          // lang-liquid wraps a base language; its default base is HTML, right for the email body and
          // harmless for text: outside {{ }} and {% %} plain words stay plain.
          liquid(),
          autocompletion({ override: [liquidCompletionSource(() => latest.current.completions)] }),
          lint,
          initial.short ? [] : lintGutter(),
          initial.short ? Prec.high(keymap.of([{ key: "Enter", run: () => true }])) : [],
          EditorView.lineWrapping,
          editorTheme,
          initial.placeholder ? placeholderText(initial.placeholder) : [],
          compartments.current.readOnly.of([]),
          compartments.current.aria.of([]),
          EditorView.updateListener.of((update) => {
            if (update.focusChanged && update.view.hasFocus) latest.current.onFocusView?.(update.view);
            if (!update.docChanged || update.transactions.some((transaction) => transaction.annotation(external))) return;
            const text = update.state.doc.toString();
            reported.current = [...reported.current.slice(-49), text];
            latest.current.onChange(text);
          }),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const echo = reported.current.indexOf(value);
    if (echo !== -1) {
      reported.current = reported.current.slice(echo + 1);
      return;
    }
    // A change from outside (a restore, a reset): replace the text.
    if (view.state.doc.toString() !== value) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: value }, annotations: external.of(true) });
  }, [value]);

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: compartments.current.readOnly.reconfigure(readOnly ? [EditorState.readOnly.of(true), EditorView.editable.of(false)] : []),
    });
  }, [readOnly]);

  useEffect(() => {
    const attributes: Record<string, string> = { "aria-labelledby": labelId };
    if (describedBy) attributes["aria-describedby"] = describedBy;
    if (invalid) attributes["aria-invalid"] = "true";
    if (required) attributes["aria-required"] = "true";
    viewRef.current?.dispatch({ effects: compartments.current.aria.reconfigure(EditorView.contentAttributes.of(attributes)) });
  }, [labelId, describedBy, invalid, required]);

  // New custom variables or server messages change what is wrong without an edit: check again now.
  const keysSignature = customKeys.join(",");
  useEffect(() => {
    if (viewRef.current) forceLinting(viewRef.current);
  }, [keysSignature, serverMessages, mode]);

  return (
    <div id={id} className={cx("field", styles.sourceField)}>
      {/* Only the name itself labels the editor ("Heading"); "optional" is said visually, and aria-required marks the others. */}
      <span className="field__label">
        <span id={labelId}>{label}</span>
        {!required && <span className="text-muted"> (optional)</span>}
      </span>
      <div ref={hostRef} className={cx(styles.editorHost, short && styles.editorHostShort)} />
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <ProblemList id={problemsId} label={label} problems={problems} />
    </div>
  );
}
