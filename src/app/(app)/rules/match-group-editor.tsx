"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { RULE_MATCH_LIMITS } from "@/server/rules/rule-match-schema";
import { ConditionRow } from "./condition-row";
import { entryNumber, entryPath, errorAt, type TFormErrors } from "./form-errors";
import { newCondition, newGroup, type TEntryState, type TGroupState } from "./form-state";
import styles from "./rules.module.css";

export type TMatchGroupEditorProps = {
  group: TGroupState;
  /** "match" for the whole match, else the group's path (match.all.2). */
  path: string;
  /** "" for the whole match, else "3" or "3.2". */
  number: string;
  /** 1 for the whole match; groups nest at most RULE_MATCH_LIMITS.depth levels. */
  depth: number;
  errors: TFormErrors;
  onChange: (group: TGroupState) => void;
  onRemove?: () => void;
};

const MODE_OPTIONS = [
  { value: "all", label: "All of these" },
  { value: "any", label: "Any of these" },
];

/** An "all of" / "any of" group of conditions and nested groups; the top one is the rule's whole match. */
export function MatchGroupEditor({ group, path, number, depth, errors, onChange, onRemove }: TMatchGroupEditorProps) {
  const top = depth === 1;
  const groupError = errorAt(errors, path) ?? errorAt(errors, `${path}.${group.mode}`);
  const full = group.entries.length >= RULE_MATCH_LIMITS.entries;
  const canNest = depth < RULE_MATCH_LIMITS.depth;
  const where = top ? "" : ` to group ${number}`;

  const listRef = useRef<HTMLOListElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  // After adding, focus goes to the new row's first control; after removing, to "Add condition".
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = null;
    if (next === "add") addButtonRef.current?.focus();
    else listRef.current?.querySelector<HTMLElement>(`[data-entry="${next}"] select`)?.focus();
  }, [group.entries]);

  const setEntries = (entries: TEntryState[]) => onChange({ ...group, entries });
  const replace = (index: number, entry: TEntryState) => setEntries(group.entries.map((current, at) => (at === index ? entry : current)));
  const remove = (index: number) => {
    focusNext.current = "add";
    setEntries(group.entries.filter((_, at) => at !== index));
  };
  const add = (entry: TEntryState) => {
    focusNext.current = entry.key;
    setEntries([...group.entries, entry]);
  };

  return (
    <fieldset className={top ? styles.matchRoot : styles.group}>
      <legend className={top ? "visually-hidden" : styles.rowLegend}>{top ? "Conditions" : `Group ${number}`}</legend>
      <div className={styles.groupHead}>
        <SelectField
          label="Match"
          className={styles.modeField}
          options={MODE_OPTIONS}
          value={group.mode}
          onChange={(event) => onChange({ ...group, mode: event.target.value === "any" ? "any" : "all" })}
        />
        {onRemove && (
          <Button size="sm" variant="ghost" aria-label={`Remove group ${number}`} onClick={onRemove}>
            Remove group
          </Button>
        )}
      </div>
      {top && group.entries.length === 0 && (
        <p className="text-sm text-muted">
          {group.mode === "all" ? "No conditions: this rule matches every event." : "“Any of” with no conditions matches no event: add a condition, or choose “All of these” to match every event."}
        </p>
      )}
      {groupError && <p className="field__error">{groupError}</p>}
      {group.entries.length > 0 && (
        <ol ref={listRef} className={styles.entries}>
          {group.entries.map((entry, index) => {
            const at = entryPath(path, group, index);
            const child = entryNumber(number, index);
            return (
              <li key={entry.key} data-entry={entry.key}>
                {entry.type === "group" ? (
                  <MatchGroupEditor group={entry} path={at} number={child} depth={depth + 1} errors={errors} onChange={(next) => replace(index, next)} onRemove={() => remove(index)} />
                ) : (
                  <ConditionRow condition={entry} path={at} number={child} errors={errors} onChange={(next) => replace(index, next)} onRemove={() => remove(index)} />
                )}
              </li>
            );
          })}
        </ol>
      )}
      <div className="cluster">
        <Button ref={addButtonRef} size="sm" aria-label={`Add condition${where}`} disabled={full} onClick={() => add(newCondition())}>
          Add condition
        </Button>
        <Button size="sm" aria-label={`Add group${where}`} disabled={full || !canNest} onClick={() => add(newGroup())}>
          Add group
        </Button>
        {!canNest && <span className="text-sm text-muted">Groups nest at most {RULE_MATCH_LIMITS.depth} levels deep.</span>}
        {full && <span className="text-sm text-muted">A group holds at most {RULE_MATCH_LIMITS.entries} entries.</span>}
      </div>
    </fieldset>
  );
}
