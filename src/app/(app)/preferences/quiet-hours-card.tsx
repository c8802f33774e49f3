"use client";

import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { TextField } from "@/components/ui/text-field";
import type { TPreferencesErrors } from "./preferences-errors";
import type { TPreferencesFormValues } from "./preferences-form-values";
import styles from "./preferences.module.css";
import { TimeZoneField } from "./time-zone-field";
import { WeekdayFieldset } from "./weekday-fieldset";

const START_ID = "preferences-quiet-start";

export type TQuietHoursCardProps = {
  values: TPreferencesFormValues;
  errors: TPreferencesErrors;
  onChange: (patch: Partial<TPreferencesFormValues>) => void;
};

export function QuietHoursCard({ values, errors, onChange }: TQuietHoursCardProps) {
  const hasWindow = values.quiet_hours_start !== "" || values.quiet_hours_end !== "";
  function clear() {
    onChange({ quiet_hours_start: "", quiet_hours_end: "" });
    // The button goes away with the window; keep focus where the next step is.
    document.getElementById(START_ID)?.focus();
  }
  return (
    <Card>
      <CardHeader
        title="Quiet hours"
        description="Notifications that arrive during quiet hours are held, never dropped, and sent when the window ends."
        actions={
          hasWindow && (
            <Button size="sm" variant="ghost" onClick={clear}>
              No quiet hours
            </Button>
          )
        }
      />
      <CardBody>
        <div className="stack">
          <div className={styles.fields}>
            <TextField
              id={START_ID}
              type="time"
              label="Start"
              value={values.quiet_hours_start}
              error={errors.quiet_hours_start}
              onChange={(event) => onChange({ quiet_hours_start: event.target.value })}
            />
            <TextField
              id="preferences-quiet-end"
              type="time"
              label="End"
              hint="Earlier than the start means the next morning (22:00 to 07:00)."
              value={values.quiet_hours_end}
              error={errors.quiet_hours_end}
              onChange={(event) => onChange({ quiet_hours_end: event.target.value })}
            />
          </div>
          {!hasWindow && <p className="text-sm text-muted">No quiet hours: notifications go out at any time. Set a start and an end to hold them overnight.</p>}
          <WeekdayFieldset
            idPrefix="preferences-quiet-day"
            value={values.quiet_hours_days}
            error={errors.quiet_hours_days}
            onChange={(days) => onChange({ quiet_hours_days: days })}
          />
          <TimeZoneField id="preferences-timezone" value={values.timezone} error={errors.timezone} onChange={(timezone) => onChange({ timezone })} />
          <Checkbox
            id="preferences-critical-bypass"
            label="Critical alerts break through quiet hours and do-not-disturb"
            hint="Only events of critical severity; everything else still waits."
            checked={values.critical_bypasses_quiet_hours}
            error={errors.critical_bypasses_quiet_hours}
            onChange={(event) => onChange({ critical_bypasses_quiet_hours: event.target.checked })}
          />
        </div>
      </CardBody>
    </Card>
  );
}
