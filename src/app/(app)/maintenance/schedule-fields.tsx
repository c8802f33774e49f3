"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { TWindowFormErrors, TWindowFormValues } from "./form-values";
import styles from "./maintenance.module.css";
import { TimeZoneSelect } from "./time-zone-select";
import { WeekdayToggles } from "./weekday-toggles";

const KINDS = [
  { id: "one_off", label: "One-off" },
  { id: "recurring", label: "Recurring" },
] as const;

export type TScheduleFieldsProps = {
  values: TWindowFormValues;
  errors: TWindowFormErrors;
  onChange: (patch: Partial<TWindowFormValues>) => void;
};

/** When the window is active: once (start and end) or every week (days and a time range), in its zone. */
export function ScheduleFields({ values, errors, onChange }: TScheduleFieldsProps) {
  return (
    <div className="stack">
      <fieldset className={styles.group}>
        <legend className={`${styles.legend} text-sm`}>Kind</legend>
        <div className="segmented" role="group" aria-label="Kind">
          {KINDS.map((kind) => (
            <Button key={kind.id} size="sm" variant="ghost" aria-pressed={values.kind === kind.id} onClick={() => onChange({ kind: kind.id })}>
              {kind.label}
            </Button>
          ))}
        </div>
      </fieldset>
      {values.kind === "one_off" ? (
        <div className={styles.fields}>
          <TextField id="maintenance-starts-at" type="datetime-local" label="Starts" value={values.startsAt} error={errors.starts_at} onChange={(event) => onChange({ startsAt: event.target.value })} />
          <TextField id="maintenance-ends-at" type="datetime-local" label="Ends" value={values.endsAt} error={errors.ends_at} onChange={(event) => onChange({ endsAt: event.target.value })} />
        </div>
      ) : (
        <>
          <WeekdayToggles id="maintenance-weekdays" value={values.weekdays} error={errors.weekdays} onChange={(weekdays) => onChange({ weekdays })} />
          <div className={styles.fields}>
            <TextField id="maintenance-start-time" type="time" label="From" value={values.startTime} error={errors.start_time} onChange={(event) => onChange({ startTime: event.target.value })} />
            <TextField
              id="maintenance-end-time"
              type="time"
              label="Until"
              hint="Earlier than the start means the next day (22:00 to 06:00)."
              value={values.endTime}
              error={errors.end_time}
              onChange={(event) => onChange({ endTime: event.target.value })}
            />
          </div>
        </>
      )}
      <TimeZoneSelect id="maintenance-timezone" value={values.timezone} error={errors.timezone} onChange={(timezone) => onChange({ timezone })} />
    </div>
  );
}
