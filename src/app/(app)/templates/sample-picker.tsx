"use client";

import { useQuery } from "@tanstack/react-query";
import { formatDateTime } from "@/components/format/format-date";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { SelectField } from "@/components/ui/select-field";
import { SAMPLE_CONTEXTS } from "@/server/templates/liquid/sample-contexts";
import { useTRPC } from "@/trpc/react";
import { eventChoiceValue, sampleChoiceValue, type TSampleChoice } from "./sample-choice";

/** The three sample events, or one of the last 10 real ones, to render the preview with. */
export function SamplePicker({ value, onChange }: { value: TSampleChoice; onChange: (choice: TSampleChoice) => void }) {
  const trpc = useTRPC();
  const events = useQuery(trpc.events.list.queryOptions({ limit: 10 }));
  const recent = events.data?.data ?? [];
  const hint = events.isPending
    ? "Loading the last real events…"
    : events.isError
      ? `Could not load the last real events: ${trpcErrorMessage(events.error)}`
      : recent.length === 0
        ? "No real events yet: the samples stand in."
        : "A sample, or one of the last 10 events received.";

  return (
    <SelectField label="Sample event" value={value} hint={hint} onChange={(event) => onChange(event.target.value)}>
      <optgroup label="Samples">
        {SAMPLE_CONTEXTS.map((sample) => (
          <option key={sample.key} value={sampleChoiceValue(sample.key)}>
            {sample.label}
          </option>
        ))}
      </optgroup>
      {recent.length > 0 && (
        <optgroup label="Last real events">
          {recent.map((event) => (
            <option key={event.id} value={eventChoiceValue(event.id)}>
              {event.title ?? event.type} · {formatDateTime(event.received_at)}
            </option>
          ))}
        </optgroup>
      )}
    </SelectField>
  );
}
