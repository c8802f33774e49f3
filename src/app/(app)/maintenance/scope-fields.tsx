"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { MAINTENANCE_LABELS_MAX } from "@/server/maintenance/maintenance-window-schema";
import type { TWindowFormErrors, TWindowFormValues } from "./form-values";
import styles from "./maintenance.module.css";

export type TScopeFieldsProps = {
  values: TWindowFormValues;
  errors: TWindowFormErrors;
  onChange: (patch: Partial<TWindowFormValues>) => void;
};

/** Which events the window covers: all that is filled in must match; nothing filled in covers every event. */
export function ScopeFields({ values, errors, onChange }: TScopeFieldsProps) {
  const setLabel = (index: number, patch: Partial<{ key: string; value: string }>) =>
    onChange({ labels: values.labels.map((label, at) => (at === index ? { ...label, ...patch } : label)) });
  const labelError = (key: string) => errors[`labels.${key.trim()}`];
  return (
    <div className="stack">
      <div className={styles.fields}>
        <TextField id="maintenance-source" label="Source" hint="Exactly, e.g. executor. Empty: any source." maxLength={200} autoComplete="off" value={values.source} error={errors.source} onChange={(event) => onChange({ source: event.target.value })} />
        <TextField
          id="maintenance-job-glob"
          label="Job name"
          hint="A glob on the event's job.name, e.g. db-* or {backup,vacuum}-*. Empty: any job, and events without one."
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          value={values.jobGlob}
          error={errors.job_glob}
          onChange={(event) => onChange({ jobGlob: event.target.value })}
        />
      </div>
      <fieldset className={styles.group}>
        <legend className={`${styles.legend} text-sm`}>Labels</legend>
        <div className="stack stack--sm">
          {values.labels.map((label, index) => (
            <div key={index} className={styles.labelRow}>
              <TextField label={`Label ${index + 1} name`} autoComplete="off" value={label.key} error={labelError(label.key)} onChange={(event) => setLabel(index, { key: event.target.value })} />
              <TextField label={`Label ${index + 1} value`} autoComplete="off" value={label.value} onChange={(event) => setLabel(index, { value: event.target.value })} />
              <Button size="sm" variant="ghost" aria-label={`Remove label ${index + 1}`} onClick={() => onChange({ labels: values.labels.filter((_, at) => at !== index) })}>
                Remove
              </Button>
            </div>
          ))}
          {errors.labels && <p className="field__error">{errors.labels}</p>}
          <div>
            <Button size="sm" disabled={values.labels.length >= MAINTENANCE_LABELS_MAX} onClick={() => onChange({ labels: [...values.labels, { key: "", value: "" }] })}>
              Add label
            </Button>
          </div>
          <p className="text-sm text-muted">Every label given must have exactly this value on the event (env = prod).</p>
        </div>
      </fieldset>
    </div>
  );
}
