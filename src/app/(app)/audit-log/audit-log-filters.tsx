"use client";

import { useState, type FormEvent } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { TAuditFilterOptions } from "@/server/audit/audit-log-schema";
import { actionGroups, actorOptions, targetTypeOptions } from "./audit-filter-options";
import { AUDIT_FILTER_KEYS, auditFilterErrors, fromLocalInput, toLocalInput, type TAuditFilters } from "./audit-log-params";
import styles from "./audit-log.module.css";

export type TAuditLogFiltersProps = {
  /** The filters in the URL; remount (key) the form when they change so the fields show them. */
  filters: TAuditFilters;
  /** The actions and target types in the log; empty while loading or when they could not be read. */
  options: TAuditFilterOptions | undefined;
  onApply: (filters: TAuditFilters) => void;
  clearHref?: string;
};

const TIME_KEYS = new Set<string>(["from", "to"]);

/** Text and time fields apply on Enter or "Filter"; the selects apply at once (with whatever else was typed). */
export function AuditLogFilters({ filters, options, onApply, clearHref }: TAuditLogFiltersProps) {
  const [errors, setErrors] = useState<Partial<TAuditFilters>>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const read = (key: string) => String(form.get(key) ?? "").trim();
    // Times are typed on the viewer's wall clock and travel as instants.
    const next = Object.fromEntries(AUDIT_FILTER_KEYS.map((key) => [key, TIME_KEYS.has(key) ? fromLocalInput(read(key)) : read(key)])) as TAuditFilters;
    const found = auditFilterErrors(next);
    setErrors(found);
    if (Object.keys(found).length === 0) onApply(next);
  }

  const applyNow = (event: { currentTarget: HTMLSelectElement }) => event.currentTarget.form?.requestSubmit();
  // An id means nothing under another target type: a new type starts without one.
  const applyTargetType = (event: { currentTarget: HTMLSelectElement }) => {
    const id = event.currentTarget.form?.elements.namedItem("target_id");
    if (id instanceof HTMLInputElement) id.value = "";
    applyNow(event);
  };
  const text = { spellCheck: false, autoCapitalize: "none", autoComplete: "off" } as const;
  return (
    <form className={`stack stack--sm ${styles.filters}`} role="search" aria-label="Filter the audit log" onSubmit={handleSubmit} noValidate>
      <div className={styles.filterFields}>
        <SelectField name="actor" label="Actor" defaultValue={filters.actor} placeholder="Anyone" options={actorOptions(filters.actor)} onChange={applyNow} error={errors.actor} />
        <TextField {...text} name="actor_label" label="Actor name" defaultValue={filters.actor_label} placeholder="ops@example.com" hint="Part of an email or key name" error={errors.actor_label} />
        <SelectField name="action" label="Action" defaultValue={filters.action} placeholder="Any action" onChange={applyNow} error={errors.action}>
          {actionGroups(options?.actions ?? [], filters.action).map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <SelectField name="target_type" label="Target" defaultValue={filters.target_type} placeholder="Any target" options={targetTypeOptions(options?.target_types ?? [], filters.target_type)} onChange={applyTargetType} error={errors.target_type} />
        <TextField {...text} name="target_id" label="Target id" defaultValue={filters.target_id} placeholder="7" hint="With a target" error={errors.target_id} />
        <TextField type="datetime-local" name="from" label="From" defaultValue={filters.from ? toLocalInput(filters.from) : ""} hint="Your time zone" error={errors.from} />
        <TextField type="datetime-local" name="to" label="Until" defaultValue={filters.to ? toLocalInput(filters.to) : ""} hint="Up to, not including" error={errors.to} />
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
