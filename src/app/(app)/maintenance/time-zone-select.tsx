"use client";

import { useMemo } from "react";
import { SelectField } from "@/components/ui/select-field";

/** Every IANA zone this browser knows, UTC first; the saved zone stays listed even if the browser lacks it. */
function zoneOptions(current: string) {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    // An older browser: the saved zone and UTC are still offered.
  }
  const all = ["UTC", ...zones.filter((zone) => zone !== "UTC")];
  if (current && !all.includes(current)) all.unshift(current);
  return all.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }));
}

export type TTimeZoneSelectProps = { id: string; value: string; error?: string; onChange: (zone: string) => void };

export function TimeZoneSelect({ id, value, error, onChange }: TTimeZoneSelectProps) {
  const options = useMemo(() => zoneOptions(value), [value]);
  return (
    <SelectField
      id={id}
      label="Time zone"
      hint="The window's times are in this zone, daylight saving included."
      options={options}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
