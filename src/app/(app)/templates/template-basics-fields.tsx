import { Badge } from "@/components/ui/badge";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { splitEventTypes, type TTemplateFormState } from "./template-form-state";
import { errorUnder, type TFieldErrors } from "./template-server-errors";
import styles from "./templates.module.css";

export type TTemplateBasicsFieldsProps = {
  values: TTemplateFormState;
  /** The key is the template's name in URLs and rules: set once, when it is created. */
  keyEditable: boolean;
  readOnly: boolean;
  errors: TFieldErrors | null;
  onChange: (patch: Partial<Pick<TTemplateFormState, "key" | "name" | "description" | "eventTypes">>) => void;
};

/** Name, key, description and the event types the template serves. */
export function TemplateBasicsFields({ values, keyEditable, readOnly, errors, onChange }: TTemplateBasicsFieldsProps) {
  const patterns = splitEventTypes(values.eventTypes);
  return (
    <div className={styles.basics}>
      <TextField
        id="template-name"
        label="Name"
        value={values.name}
        onChange={(event) => onChange({ name: event.target.value })}
        readOnly={readOnly}
        required
        maxLength={100}
        error={errorUnder(errors, "name")}
      />
      {keyEditable ? (
        <TextField
          id="template-key"
          label="Key"
          value={values.key}
          onChange={(event) => onChange({ key: event.target.value })}
          inputClassName="mono"
          placeholder="job-failed-ops"
          autoComplete="off"
          spellCheck={false}
          required
          hint="Lowercase letters, digits, - and _. Rules name the template by it; it cannot change later."
          error={errorUnder(errors, "key")}
        />
      ) : (
        <div className="field">
          <span className="field__label">Key</span>
          <p className="mono">{values.key}</p>
        </div>
      )}
      <TextArea
        id="template-description"
        className={styles.wide}
        label="Description"
        rows={2}
        value={values.description}
        onChange={(event) => onChange({ description: event.target.value })}
        readOnly={readOnly}
        maxLength={500}
        error={errorUnder(errors, "description")}
      />
      <div className={styles.wide}>
        <TextField
          id="template-event-types"
          label="Event types"
          value={values.eventTypes}
          onChange={(event) => onChange({ eventTypes: event.target.value })}
          readOnly={readOnly}
          inputClassName="mono"
          placeholder="job.failed, job.*"
          autoComplete="off"
          spellCheck={false}
          hint="Comma-separated patterns, e.g. job.failed, job.*; a rule's template action overrides. Left empty, only rules that name this template use it."
          error={errorUnder(errors, "event_types")}
        />
        {patterns.length > 0 && (
          <ul className={styles.chips} aria-label="Event types this template serves">
            {patterns.map((pattern, index) => (
              <li key={`${pattern}-${index}`}>
                <Badge tone="info" className="mono">
                  {pattern}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
