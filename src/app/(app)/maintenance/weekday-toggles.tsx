"use client";

import { Button } from "@/components/ui/button";
import styles from "./maintenance.module.css";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export type TWeekdayTogglesProps = {
  id: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  value: number[];
  error?: string;
  onChange: (days: number[]) => void;
};

/** Pressed buttons for the days an occurrence starts on; an occurrence that starts on Friday night ends on Saturday. */
export function WeekdayToggles({ id, value, error, onChange }: TWeekdayTogglesProps) {
  const errorId = `${id}-error`;
  const toggle = (day: number) => onChange(value.includes(day) ? value.filter((other) => other !== day) : [...value, day].sort((a, b) => a - b));
  return (
    <fieldset className={styles.group} aria-describedby={error ? errorId : undefined}>
      <legend className={`${styles.legend} text-sm`}>Days it starts on</legend>
      <div className="segmented" role="group" aria-label="Days it starts on">
        {DAYS.map((day, index) => (
          <Button
            key={day}
            id={index === 0 ? id : undefined}
            size="sm"
            variant="ghost"
            aria-label={DAY_NAMES[index]}
            aria-pressed={value.includes(index + 1)}
            aria-invalid={error && index === 0 ? true : undefined}
            onClick={() => toggle(index + 1)}
          >
            {day}
          </Button>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
