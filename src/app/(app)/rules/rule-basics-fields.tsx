"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { errorAt, type TFormErrors } from "./form-errors";
import type { TRuleFormState } from "./form-state";
import styles from "./rules.module.css";

export type TRuleBasicsFieldsProps = {
  values: TRuleFormState;
  errors: TFormErrors;
  onChange: (values: TRuleFormState) => void;
};

/** Name, description and the on/off switch of a rule. */
export function RuleBasicsFields({ values, errors, onChange }: TRuleBasicsFieldsProps) {
  return (
    <div className={styles.fields}>
      <TextField
        label="Name"
        value={values.name}
        maxLength={100}
        autoComplete="off"
        required
        hint="Decisions name it: Rule “Page on-call” matched."
        error={errorAt(errors, "name")}
        onChange={(event) => onChange({ ...values, name: event.target.value })}
      />
      <TextArea
        label="Description"
        className={styles.wide}
        rows={2}
        maxLength={500}
        value={values.description}
        hint="Optional: why the rule exists, for whoever reads it next."
        error={errorAt(errors, "description")}
        onChange={(event) => onChange({ ...values, description: event.target.value })}
      />
      <Checkbox
        role="switch"
        label="Enabled"
        className={styles.wide}
        hint="Switched off, routing skips the rule. A test still runs it."
        checked={values.enabled}
        error={errorAt(errors, "enabled")}
        onChange={(event) => onChange({ ...values, enabled: event.target.checked })}
      />
    </div>
  );
}
