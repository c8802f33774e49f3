"use client";

import { useState, type FormEvent } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { eventFilterErrors } from "./event-filter-errors";
import { EVENT_FILTER_KEYS, type TEventFilters } from "./event-list-params";
import { EVENT_SEVERITY_OPTIONS } from "./event-severity-meta";
import styles from "./events.module.css";

export type TEventFiltersProps = {
  /** The filters in the URL; remount (key) the form when they change so the fields show them. */
  filters: TEventFilters;
  onApply: (filters: TEventFilters) => void;
  clearHref?: string;
};

/** Text filters apply on Enter or "Filter"; the severity select applies at once (with whatever else was typed). */
export function EventFilters({ filters, onApply, clearHref }: TEventFiltersProps) {
  const [errors, setErrors] = useState<Partial<TEventFilters>>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = Object.fromEntries(EVENT_FILTER_KEYS.map((key) => [key, String(form.get(key) ?? "").trim()])) as TEventFilters;
    const found = eventFilterErrors(next);
    setErrors(found);
    if (Object.keys(found).length === 0) onApply(next);
  }

  const text = { spellCheck: false, autoCapitalize: "none", autoComplete: "off" } as const;
  return (
    <form className={`stack stack--sm ${styles.filters}`} role="search" aria-label="Filter events" onSubmit={handleSubmit} noValidate>
      <div className={styles.filterFields}>
        <TextField {...text} name="type" label="Type" defaultValue={filters.type} placeholder="job.failed" hint="job.* for a family" error={errors.type} />
        <SelectField
          name="severity"
          label="Severity"
          defaultValue={filters.severity}
          placeholder="All severities"
          options={EVENT_SEVERITY_OPTIONS}
          hint="Exactly this severity"
          onChange={(event) => event.currentTarget.form?.requestSubmit()}
        />
        <TextField {...text} name="source" label="Source" defaultValue={filters.source} placeholder="executor" hint="Exact name of the sender" error={errors.source} />
        <TextField {...text} name="label" label="Label" defaultValue={filters.label} placeholder="env:prod" hint="key:value" error={errors.label} />
      </div>
      <div className="cluster">
        <Button type="submit">Filter</Button>
        {clearHref && (
          <ButtonLink href={clearHref} variant="ghost">
            Clear filters
          </ButtonLink>
        )}
      </div>
    </form>
  );
}
