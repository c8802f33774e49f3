"use client";

import type { Completion } from "@codemirror/autocomplete";
import type { EditorView } from "@codemirror/view";
import { Button } from "@/components/ui/button";
import type { TTemplateChannel } from "@/server/templates/custom/template-input-schema";
import { SourceEditor } from "./source-editor";
import { CHANNEL_LABEL, fieldElementId, fieldPath, TEMPLATE_FIELDS } from "./template-fields";
import type { TFieldErrors } from "./template-server-errors";
import styles from "./templates.module.css";

const PLACEHOLDER: Record<string, string> = {
  "bodies.email.subject": "[{{ event.severity | upcase }}] {{ event.title }}",
  "bodies.email.html": "<p>{{ job.name }} {{ job.status }} on {{ job.host }} after {{ job.duration_ms | duration }}.</p>",
  "bodies.slack.blocks": '[\n  { "type": "header", "text": { "type": "plain_text", "text": "{{ event.title }}" } }\n]',
  "bodies.teams.card": '{\n  "type": "AdaptiveCard",\n  "version": "1.4",\n  "body": [{ "type": "TextBlock", "text": "{{ event.title }}", "wrap": true }]\n}',
};

export type TChannelFieldsProps = {
  channel: TTemplateChannel;
  values: Record<string, string>;
  readOnly: boolean;
  completions: readonly Completion[];
  customKeys: readonly string[];
  /** By path (`bodies.email.html`), from the last save or the current preview. */
  serverErrors: TFieldErrors | null;
  onChange: (name: string, value: string) => void;
  onFocusView: (view: EditorView) => void;
  /** Absent when the body cannot be removed (read-only, or the template's only channel). */
  onRemove?: () => void;
};

/** The editors of one channel's body. */
export function ChannelFields({ channel, values, readOnly, completions, customKeys, serverErrors, onChange, onFocusView, onRemove }: TChannelFieldsProps) {
  return (
    <div className="stack">
      {TEMPLATE_FIELDS[channel].map((field) => {
        const path = fieldPath(field);
        return (
          <SourceEditor
            key={path}
            id={fieldElementId(path)}
            label={field.label}
            hint={field.hint}
            required={field.required}
            mode={field.mode}
            short={field.short}
            value={values[field.name] ?? ""}
            onChange={(value) => onChange(field.name, value)}
            readOnly={readOnly}
            placeholder={PLACEHOLDER[path]}
            completions={completions}
            customKeys={customKeys}
            serverMessages={serverErrors?.[path]}
            onFocusView={onFocusView}
          />
        );
      })}
      {onRemove && (
        <div className={styles.removeRow}>
          <Button variant="ghost" size="sm" onClick={onRemove}>
            Remove {CHANNEL_LABEL[channel]} body
          </Button>
        </div>
      )}
    </div>
  );
}
