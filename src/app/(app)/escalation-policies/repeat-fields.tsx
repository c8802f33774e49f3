"use client";

import { SelectField } from "@/components/ui/select-field";
import { DelayFields } from "./delay-fields";
import styles from "./escalation-policies.module.css";
import { PAUSE_PATH, type TPolicyFormErrors } from "./policy-form-errors";
import { MAX_REPEAT, type TPolicyFormState } from "./policy-form-state";

const REPEAT_OPTIONS = Array.from({ length: MAX_REPEAT + 1 }, (_, times) => ({
  value: String(times),
  label: times === 0 ? "No: stop after the last level" : times === 1 ? "Once more" : `${times} more times`,
}));

export type TRepeatFieldsProps = {
  values: TPolicyFormState;
  errors: TPolicyFormErrors;
  onChange: (patch: Partial<TPolicyFormState>) => void;
};

/** Whether the whole policy runs again while nobody acknowledges, and the pause before each run (stored as level 1's delay). */
export function RepeatFields({ values, errors, onChange }: TRepeatFieldsProps) {
  return (
    <div className="stack">
      <div className={styles.fields}>
        <SelectField
        id="escalation-repeat"
        label="Repeat"
        hint="After the last level, start again at level 1."
        options={REPEAT_OPTIONS}
        value={String(values.repeat)}
        error={errors.repeat}
        onChange={(event) => onChange({ repeat: Number(event.target.value) })}
        />
      </div>
      {values.repeat > 0 && (
        <DelayFields
          id="escalation-pause"
          label="Pause before a repeat"
          hint="After the last level. 0 pauses 5 minutes: a policy never loops without a break."
          wait={values.pause}
          unit={values.pauseUnit}
          error={errors[PAUSE_PATH]}
          onChange={(patch) => onChange({ ...(patch.wait !== undefined ? { pause: patch.wait } : {}), ...(patch.unit ? { pauseUnit: patch.unit } : {}) })}
        />
      )}
    </div>
  );
}
