"use client";

import { useId } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { SelectField } from "@/components/ui/select-field";
import { PREFERENCE_CHANNELS } from "@/server/preferences/subscription";
import { errorAt, errorUnder, type TFormErrors } from "./form-errors";
import type { TActionsState } from "./form-state";
import { NoiseActionsFields } from "./noise-actions-fields";
import { RecipientsEditor } from "./recipients-editor";
import { CHANNEL_LABEL, isSeverity, SEVERITY_OPTIONS } from "./rule-words";
import styles from "./rules.module.css";

export type TActionsEditorProps = {
  actions: TActionsState;
  errors: TFormErrors;
  onChange: (actions: TActionsState) => void;
};

/** What a matching rule does: notify, on which channels, escalate, group, change the severity, stop — or suppress, alone. */
export function ActionsEditor({ actions, errors, onChange }: TActionsEditorProps) {
  const channelsHintId = useId();
  const patch = (changes: Partial<TActionsState>) => onChange({ ...actions, ...changes });
  const { suppress } = actions;
  const noRecipients = actions.recipients.length === 0;
  const channelsError = errorUnder(errors, "actions.channels");

  return (
    <div className="stack">
      {errorAt(errors, "actions") && <p className="field__error">{errorAt(errors, "actions")}</p>}
      <Checkbox
        role="switch"
        label="Suppress matching events"
        hint="Drops the event: nobody is notified, not even its own recipients, and later rules do not run. The other actions are off while this is on."
        checked={suppress}
        error={errorAt(errors, "actions.suppress")}
        onChange={(event) => patch({ suppress: event.target.checked })}
      />
      <RecipientsEditor recipients={actions.recipients} errors={errors} disabled={suppress} onChange={(recipients) => patch({ recipients })} />
      <fieldset className={styles.subgroup} disabled={suppress || noRecipients} aria-describedby={channelsHintId}>
        <legend className="field__label">Channels</legend>
        <p id={channelsHintId} className="field__hint">
          {noRecipients
            ? "Add a recipient first."
            : "Which of each notified user's channels to use. Leave all unchecked to use each user's own preferences. Organisation channels and plain addresses are used as they are."}
        </p>
        <div className={styles.checkboxRow}>
          {PREFERENCE_CHANNELS.map((channel) => (
            <Checkbox
              key={channel}
              label={CHANNEL_LABEL[channel]}
              checked={actions.channels.includes(channel)}
              onChange={(event) =>
                patch({ channels: PREFERENCE_CHANNELS.filter((candidate) => (candidate === channel ? event.target.checked : actions.channels.includes(candidate))) })
              }
            />
          ))}
        </div>
        {channelsError && <p className="field__error">{channelsError}</p>}
      </fieldset>
      <div className={styles.fields}>
        <SelectField
          label="Set severity"
          options={[{ value: "", label: "None (keep the event's)" }, ...SEVERITY_OPTIONS]}
          value={actions.setSeverity}
          disabled={suppress}
          hint="Later rules, and the message, see the new severity."
          error={errorAt(errors, "actions.set_severity")}
          onChange={(event) => patch({ setSeverity: isSeverity(event.target.value) ? event.target.value : "" })}
        />
      </div>
      <NoiseActionsFields actions={actions} errors={errors} disabled={suppress} onChange={patch} />
      <Checkbox
        role="switch"
        label="Stop evaluating later rules"
        hint="Rules below this one are skipped for an event this rule matches."
        checked={actions.stop && !suppress}
        disabled={suppress}
        error={errorAt(errors, "actions.stop")}
        onChange={(event) => patch({ stop: event.target.checked })}
      />
    </div>
  );
}
