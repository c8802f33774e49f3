"use client";

import { useState, type FormEvent } from "react";
import { SelectField } from "@/components/ui/select-field";
import { Spinner } from "@/components/ui/spinner";
import { TextField } from "@/components/ui/text-field";
import { STATS_CHANNELS, STATS_RANGES, type TStatsChannel, type TStatsRange } from "@/server/stats/stats-query-schema";
import { CHANNEL_LABEL, RANGE_LABEL } from "./stats-words";
import styles from "./dashboard.module.css";

export type TDashboardFilters = { range: TStatsRange; channel?: TStatsChannel; type?: string };

const CHANNEL_OPTIONS = STATS_CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABEL[channel] }));

/** Range buttons, channel and type: each change shows at once (the type when Enter is pressed or the field is left). */
export function DashboardFilters({ value, onChange, busy }: { value: TDashboardFilters; onChange: (next: TDashboardFilters) => void; busy: boolean }) {
  const [type, setType] = useState(value.type ?? "");
  const applyType = () => {
    if (type.trim() !== (value.type ?? "")) onChange({ ...value, type: type.trim() || undefined });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    applyType();
  };

  return (
    <form className={styles.filters} onSubmit={submit} aria-label="Dashboard filters">
      <div className={styles.ranges} role="group" aria-label="Time range">
        {STATS_RANGES.map((range) => (
          <button key={range} type="button" className={styles.range} aria-pressed={value.range === range} onClick={() => onChange({ ...value, range })}>
            {RANGE_LABEL[range]}
          </button>
        ))}
      </div>
      <SelectField
        label="Channel"
        className={styles.filterField}
        options={CHANNEL_OPTIONS}
        placeholder="All channels"
        value={value.channel ?? ""}
        onChange={(event) => onChange({ ...value, channel: (event.target.value || undefined) as TStatsChannel | undefined })}
      />
      <TextField
        label="Type"
        className={styles.filterField}
        placeholder="job.failed or job.*"
        value={type}
        spellCheck={false}
        onChange={(event) => setType(event.target.value)}
        onBlur={applyType}
      />
      <span className={styles.busy} aria-live="polite">
        {busy && <Spinner label="Updating…" />}
      </span>
    </form>
  );
}
