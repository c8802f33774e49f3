"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, type TSelectOption } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { TRecipientState, TRecipientType } from "./form-state";
import { ROLE_OPTIONS } from "./rule-words";
import styles from "./rules.module.css";

/** Options fetched from the server, with the state of the fetch. */
export type TPickerSource = { status: "loading" | "error" | "ready"; options: TSelectOption[]; error?: string; retry: () => void };

export type TRecipientRowProps = {
  recipient: TRecipientState;
  number: number;
  error?: string;
  users: TPickerSource;
  channels: TPickerSource;
  onChange: (recipient: TRecipientState) => void;
  onRemove: () => void;
};

const TYPE_OPTIONS: { value: TRecipientType; label: string }[] = [
  { value: "user", label: "User" },
  { value: "role", label: "Everyone with a role" },
  { value: "channel_name", label: "Organisation channel" },
  { value: "email", label: "Email address" },
];

/** One recipient of the rule: what kind of recipient, then which one. */
export function RecipientRow({ recipient, number, error, users, channels, onChange, onRemove }: TRecipientRowProps) {
  const setValue = (value: string) => onChange({ ...recipient, value });
  return (
    <fieldset className={styles.recipient}>
      <legend className={styles.rowLegend}>Recipient {number}</legend>
      <div className={styles.recipientFields}>
        <SelectField
          label="Recipient type"
          options={TYPE_OPTIONS}
          value={recipient.type}
          onChange={(event) => onChange({ ...recipient, type: TYPE_OPTIONS.find((option) => option.value === event.target.value)?.value ?? "user", value: "" })}
        />
        {recipient.type === "role" && (
          <SelectField label="Role" options={ROLE_OPTIONS} placeholder="Choose a role…" value={recipient.value} error={error} onChange={(event) => setValue(event.target.value)} />
        )}
        {recipient.type === "email" && (
          <TextField
            label="Email address"
            type="email"
            inputMode="email"
            autoComplete="off"
            placeholder="oncall@example.com"
            hint="Anyone, with or without an account here."
            value={recipient.value}
            error={error}
            onChange={(event) => setValue(event.target.value)}
          />
        )}
        {recipient.type === "user" && <SourcePicker label="User" what="users" source={users} value={recipient.value} error={error} onChange={setValue} />}
        {recipient.type === "channel_name" && (
          <SourcePicker
            label="Channel"
            what="channels"
            source={channels}
            value={recipient.value}
            error={error}
            onChange={setValue}
            emptyHint={
              <>
                No organisation channels yet: add one on the <Link href="/channels">Channels</Link> page.
              </>
            }
          />
        )}
        <div className={styles.removeCell}>
          <Button size="sm" variant="ghost" aria-label={`Remove recipient ${number}`} onClick={onRemove}>
            Remove
          </Button>
        </div>
      </div>
    </fieldset>
  );
}

type TSourcePickerProps = {
  label: string;
  what: string;
  source: TPickerSource;
  value: string;
  error?: string;
  onChange: (value: string) => void;
  emptyHint?: ReactNode;
};

function SourcePicker({ label, what, source, value, error, onChange, emptyHint }: TSourcePickerProps) {
  // A saved recipient that is not in the list (a user named by email, a deleted channel) stays choosable.
  const known = source.options.some((option) => option.value === value);
  const options = value && !known && source.status === "ready" ? [...source.options, { value, label: `${value} (not found)` }] : source.options;
  const hint =
    source.status === "loading" ? `Loading ${what}…` : source.status === "ready" && source.options.length === 0 ? (emptyHint ?? `No ${what} yet.`) : undefined;
  return (
    <div className={styles.pickerCell}>
      <SelectField
        label={label}
        options={options}
        placeholder={source.status === "loading" ? "Loading…" : `Choose a ${label.toLowerCase()}…`}
        value={source.status === "ready" ? value : ""}
        disabled={source.status !== "ready"}
        hint={hint}
        error={error ?? (source.status === "error" ? `Could not load the ${what}: ${source.error ?? "unknown error"}` : undefined)}
        onChange={(event) => onChange(event.target.value)}
      />
      {source.status === "error" && (
        <Button size="sm" onClick={source.retry}>
          Retry loading {what}
        </Button>
      )}
    </div>
  );
}
