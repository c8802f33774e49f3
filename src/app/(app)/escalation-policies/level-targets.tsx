"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { newRecipient, type TRecipientState } from "../rules/form-state";
import { RecipientRow, type TPickerSource } from "../rules/recipient-row";
import styles from "./escalation-policies.module.css";
import { errorUnder, targetPath, targetsPath, type TPolicyFormErrors } from "./policy-form-errors";

export type TLevelTargetsProps = {
  /** 0-based, for the error paths. */
  level: number;
  targets: TRecipientState[];
  errors: TPolicyFormErrors;
  users: TPickerSource;
  channels: TPickerSource;
  onChange: (targets: TRecipientState[]) => void;
};

/** ZAudience's own limit. */
const MAX_TARGETS = 100;

/** Who one level pages: users, everyone with a role, organisation channels, plain addresses — the rule editor's recipient rows. */
export function LevelTargets({ level, targets, errors, users, channels, onChange }: TLevelTargetsProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<string | null>(null);

  // A row that appears or goes moves focus somewhere sensible rather than to the page's top.
  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = null;
    if (next === "add") addRef.current?.focus();
    else listRef.current?.querySelector<HTMLElement>(`[data-target="${next}"] select`)?.focus();
  }, [targets]);

  function add() {
    const target = newRecipient();
    focusNext.current = target.key;
    onChange([...targets, target]);
  }

  function remove(index: number) {
    focusNext.current = "add";
    onChange(targets.filter((_, at) => at !== index));
  }

  const listError = errors[targetsPath(level)];
  return (
    <fieldset className={styles.targetGroup}>
      <legend className="field__label">Notify</legend>
      {targets.length === 0 && <p className="text-sm text-muted">Nobody yet: add a user, a role, an organisation channel or an email address.</p>}
      {listError && <p className="field__error">{listError}</p>}
      {targets.length > 0 && (
        <ol ref={listRef} className={styles.targets}>
          {targets.map((target, index) => (
            <li key={target.key} data-target={target.key}>
              <RecipientRow
                recipient={target}
                number={index + 1}
                error={errorUnder(errors, targetPath(level, index))}
                users={users}
                channels={channels}
                onChange={(next) => onChange(targets.map((current, at) => (at === index ? next : current)))}
                onRemove={() => remove(index)}
              />
            </li>
          ))}
        </ol>
      )}
      <div>
        <Button ref={addRef} size="sm" disabled={targets.length >= MAX_TARGETS} onClick={add}>
          Add recipient
        </Button>
      </div>
    </fieldset>
  );
}
