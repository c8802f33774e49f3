"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import styles from "./escalation-policies.module.css";
import { LevelCard, moveButtonId, waitFieldId } from "./level-card";
import type { TPolicyFormErrors } from "./policy-form-errors";
import { MAX_LEVELS, moveLevel, newLevel, removeLevel, type TPolicyFormState } from "./policy-form-state";
import { useTargetSources } from "./use-target-sources";

export type TLevelsEditorProps = {
  values: TPolicyFormState;
  errors: TPolicyFormErrors;
  onChange: (values: TPolicyFormState) => void;
};

type TFocus = { kind: "move"; index: number; delta: -1 | 1 } | { kind: "wait"; index: number } | { kind: "add" };

/** The levels in order: add, remove and move them; focus follows what moved, appeared or went. */
export function LevelsEditor({ values, errors, onChange }: TLevelsEditorProps) {
  const { users, channels } = useTargetSources();
  const addRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<TFocus | null>(null);

  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = null;
    if (next.kind === "add") return addRef.current?.focus();
    if (next.kind === "wait") return document.getElementById(waitFieldId(next.index))?.focus();
    // The pressed button, or its twin when the level reached an edge (where the pressed one is disabled).
    const pressed = document.getElementById(moveButtonId(next.index, next.delta));
    const target = pressed instanceof HTMLButtonElement && !pressed.disabled ? pressed : document.getElementById(moveButtonId(next.index, next.delta === -1 ? 1 : -1));
    target?.focus();
  }, [values.levels]);

  function add() {
    focusNext.current = { kind: "wait", index: values.levels.length };
    onChange({ ...values, levels: [...values.levels, newLevel()] });
  }

  const levelError = errors.levels;
  return (
    <div className="stack">
      {levelError && <p className="field__error">{levelError}</p>}
      <ol className={styles.levels}>
        {values.levels.map((level, index) => (
          <li key={level.key}>
            <LevelCard
              level={level}
              index={index}
              count={values.levels.length}
              errors={errors}
              users={users}
              channels={channels}
              onChange={(patch) => onChange({ ...values, levels: values.levels.map((current, at) => (at === index ? { ...current, ...patch } : current)) })}
              onMove={(delta) => {
                focusNext.current = { kind: "move", index: index + delta, delta };
                onChange(moveLevel(values, index, delta));
              }}
              onRemove={() => {
                focusNext.current = { kind: "add" };
                onChange(removeLevel(values, index));
              }}
            />
          </li>
        ))}
      </ol>
      <div>
        <Button ref={addRef} size="sm" disabled={values.levels.length >= MAX_LEVELS} onClick={add}>
          Add level
        </Button>
      </div>
      <p className="text-sm text-muted">Moving a level moves whom it pages; the waits keep their places. At most {MAX_LEVELS} levels.</p>
    </div>
  );
}
