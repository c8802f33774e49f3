"use client";

import { Checkbox } from "@/components/ui/checkbox";
import styles from "./preferences.module.css";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export type TWeekdayFieldsetProps = {
  idPrefix: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  value: number[];
  error?: string;
  onChange: (days: number[]) => void;
};

/** The days a quiet window starts on: a window that starts on Friday night ends on Saturday morning. */
export function WeekdayFieldset({ idPrefix, value, error, onChange }: TWeekdayFieldsetProps) {
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset className={styles.group}>
      <legend className={`${styles.legend} text-sm`}>Days the quiet hours start on</legend>
      <div className={styles.choices}>
        {DAYS.map((day, index) => {
          const iso = index + 1;
          return (
            <Checkbox
              key={day}
              id={`${idPrefix}-${iso}`}
              label={<abbr title={DAY_NAMES[index]}>{day}</abbr>}
              aria-label={DAY_NAMES[index]}
              checked={value.includes(iso)}
              aria-describedby={error ? errorId : undefined}
              // The kit sets aria-invalid only with its own per-box message; this marks the group's first box for focus.
              data-invalid={error && index === 0 ? "true" : undefined}
              onChange={(event) => onChange(event.target.checked ? [...value, iso].sort((a, b) => a - b) : value.filter((other) => other !== iso))}
            />
          );
        })}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
