"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { isValidTimeZone } from "@/server/preferences/quiet-hours";
import styles from "./preferences.module.css";

const LIST_ID = "preferences-time-zones";
let zones: string[] | null = null;

/** Every IANA zone the browser knows, for the datalist; UTC first, because some browsers leave it out. */
function timeZoneNames(): string[] {
  if (!zones) {
    let supported: string[] = [];
    try {
      supported = Intl.supportedValuesOf("timeZone");
    } catch {
      // An older browser: the field still takes any zone typed in.
    }
    zones = ["UTC", ...supported.filter((zone) => zone !== "UTC")];
  }
  return zones;
}

export type TTimeZoneFieldProps = {
  id: string;
  value: string;
  error?: string;
  onChange: (zone: string) => void;
};

/** A searchable zone picker (typing filters the datalist), checked as the user leaves it. */
export function TimeZoneField({ id, value, error, onChange }: TTimeZoneFieldProps) {
  const [touched, setTouched] = useState(false);
  const invalid = touched && !isValidTimeZone(value.trim()) ? "Not a time zone I know: pick one from the list, such as Europe/Berlin." : undefined;
  return (
    <div className={styles.zone}>
      <TextField
        id={id}
        label="Time zone"
        hint="Quiet hours and do-not-disturb follow this zone. Type to search, e.g. Berlin or New_York."
        list={LIST_ID}
        autoComplete="off"
        spellCheck={false}
        value={value}
        error={error ?? invalid}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => setTouched(true)}
      />
      <datalist id={LIST_ID}>
        {timeZoneNames().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <Button
        className={styles.zoneButton}
        onClick={() => {
          setTouched(true);
          onChange(Intl.DateTimeFormat().resolvedOptions().timeZone);
        }}
      >
        Use my browser&apos;s zone
      </Button>
    </div>
  );
}
