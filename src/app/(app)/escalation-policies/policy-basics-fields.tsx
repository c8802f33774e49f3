"use client";

import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import styles from "./escalation-policies.module.css";
import type { TPolicyFormErrors } from "./policy-form-errors";
import type { TPolicyFormState } from "./policy-form-state";

export type TPolicyBasicsFieldsProps = {
  values: TPolicyFormState;
  errors: TPolicyFormErrors;
  onChange: (patch: Partial<TPolicyFormState>) => void;
};

/** Name and description of a policy. */
export function PolicyBasicsFields({ values, errors, onChange }: TPolicyBasicsFieldsProps) {
  return (
    <div className={styles.fields}>
      <TextField
        id="escalation-name"
        label="Name"
        required
        maxLength={100}
        autoComplete="off"
        hint="Messages and incidents name it: escalated to level 2 of “Database on-call”."
        value={values.name}
        error={errors.name}
        onChange={(event) => onChange({ name: event.target.value })}
      />
      <TextArea
        id="escalation-description"
        label="Description"
        className={styles.wide}
        rows={2}
        maxLength={500}
        hint="Optional: whose on-call this is, for whoever reads it next."
        value={values.description}
        error={errors.description}
        onChange={(event) => onChange({ description: event.target.value })}
      />
    </div>
  );
}
