"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import { effectiveTimeZone } from "@/server/preferences/quiet-hours";
import { formatInZone, inOneHour, localInputValue, tomorrowAtEight } from "./dnd-time";
import { effectiveDnd, type TPreferencesFormValues } from "./preferences-form-values";

const CUSTOM_ID = "preferences-dnd-custom";

// The server writes milliseconds, the buttons do not: compare instants, not strings.
const instantOf = (iso: string | null) => (iso ? Date.parse(iso) : null);

export type TDndCardProps = {
  values: TPreferencesFormValues;
  /** The saved value, to say when the shown one is not saved yet. */
  saved: string | null;
  error?: string;
  now: Date;
  onChange: (patch: Pick<TPreferencesFormValues, "dnd_until" | "dnd_custom">) => void;
};

/** Do-not-disturb: everything waits until a moment, on top of quiet hours; buttons set it, Save stores it. */
export function DndCard({ values, saved, error, now, onChange }: TDndCardProps) {
  const zone = effectiveTimeZone(values.timezone.trim());
  const until = effectiveDnd(values);
  const on = typeof until === "string" && new Date(until) > now;
  const unsaved = until !== undefined && instantOf(until) !== instantOf(saved);

  function pickDate() {
    const start = (on && until) || tomorrowAtEight(now, zone);
    onChange({ dnd_until: values.dnd_until, dnd_custom: start ? localInputValue(start, zone) : "" });
    requestAnimationFrame(() => document.getElementById(CUSTOM_ID)?.focus());
  }

  return (
    <Card>
      <CardHeader
        title="Do not disturb"
        description="Holds every notification until the time you pick, on top of quiet hours. Held notifications are sent when it ends."
        actions={
          on ? (
            <Badge tone="warning" dot>
              On
            </Badge>
          ) : (
            <Badge tone="neutral">Off</Badge>
          )
        }
      />
      <CardBody>
        <div className="stack">
          <p role="status">
            {on && until ? <>On until {formatInZone(until, zone)}</> : "Off"}
            {unsaved && <span className="text-muted"> · not saved yet</span>}
          </p>
          <div className="cluster">
            <Button onClick={() => onChange({ dnd_until: inOneHour(now), dnd_custom: null })}>1 hour</Button>
            <Button onClick={() => onChange({ dnd_until: tomorrowAtEight(now, zone), dnd_custom: null })}>Until tomorrow 08:00</Button>
            <Button aria-expanded={values.dnd_custom !== null} aria-controls={values.dnd_custom !== null ? CUSTOM_ID : undefined} onClick={pickDate}>
              Until a date…
            </Button>
            <Button variant="ghost" onClick={() => onChange({ dnd_until: null, dnd_custom: null })}>
              Turn off
            </Button>
          </div>
          {values.dnd_custom !== null && (
            <TextField
              id={CUSTOM_ID}
              type="datetime-local"
              label={`Until (${zone})`}
              hint="Date and time in the zone set under quiet hours."
              min={localInputValue(now.toISOString(), zone)}
              value={values.dnd_custom}
              error={error}
              onChange={(event) => onChange({ dnd_until: values.dnd_until, dnd_custom: event.target.value })}
            />
          )}
          {values.dnd_custom === null && error && <p className="field__error">{error}</p>}
          <p className="text-sm text-muted">Critical alerts get through when the box under quiet hours is ticked. Changes apply when you save.</p>
        </div>
      </CardBody>
    </Card>
  );
}
