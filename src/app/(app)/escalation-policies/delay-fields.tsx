"use client";

import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import styles from "./escalation-policies.module.css";
import { DELAY_UNITS, type TDelayUnit } from "./policy-form-state";

const UNIT_OPTIONS = DELAY_UNITS.map((unit) => ({ value: unit, label: unit.charAt(0).toUpperCase() + unit.slice(1) }));

export type TDelayFieldsProps = {
  id: string;
  label: string;
  hint: string;
  wait: string;
  unit: TDelayUnit;
  error?: string;
  onChange: (patch: { wait?: string; unit?: TDelayUnit }) => void;
};

/** A wait as a number and a unit; the error sits under the number, the field that is wrong. */
export function DelayFields({ id, label, hint, wait, unit, error, onChange }: TDelayFieldsProps) {
  return (
    <div className={styles.wait}>
      <TextField id={id} label={label} type="number" inputMode="decimal" min={0} step="any" hint={hint} value={wait} error={error} onChange={(event) => onChange({ wait: event.target.value })} />
      <SelectField
        id={`${id}-unit`}
        label="Unit"
        options={UNIT_OPTIONS}
        value={unit}
        onChange={(event) => onChange({ unit: DELAY_UNITS.find((candidate) => candidate === event.target.value) ?? "minutes" })}
      />
    </div>
  );
}
