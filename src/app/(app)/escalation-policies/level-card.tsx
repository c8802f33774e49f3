"use client";

import { Button } from "@/components/ui/button";
import type { TRecipientState } from "../rules/form-state";
import type { TPickerSource } from "../rules/recipient-row";
import { DelayFields } from "./delay-fields";
import styles from "./escalation-policies.module.css";
import { LevelTargets } from "./level-targets";
import { waitPath, type TPolicyFormErrors } from "./policy-form-errors";
import type { TLevelState } from "./policy-form-state";

export type TLevelCardProps = {
  level: TLevelState;
  /** 0-based. */
  index: number;
  count: number;
  errors: TPolicyFormErrors;
  users: TPickerSource;
  channels: TPickerSource;
  onChange: (patch: Partial<TLevelState>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

/** Ids of the move buttons, so focus can follow a level that moved. */
export const moveButtonId = (index: number, delta: -1 | 1) => `escalation-level-${index}-move-${delta < 0 ? "up" : "down"}`;
export const waitFieldId = (index: number) => `escalation-level-${index}-wait`;

/** One level: when it fires (level 1 with the event, later ones after their wait), whom it pages, and its place. */
export function LevelCard({ level, index, count, errors, users, channels, onChange, onMove, onRemove }: TLevelCardProps) {
  const number = index + 1;
  return (
    <fieldset className={styles.level}>
      <legend className={styles.levelLegend}>Level {number}</legend>
      <div className={styles.levelHead}>
        <p className="text-sm text-muted">{index === 0 ? "Notified at once, with the event." : `Notified if nobody has acknowledged by then.`}</p>
        <div className={styles.rowActions}>
          <Button id={moveButtonId(index, -1)} size="sm" variant="ghost" aria-label={`Move level ${number}'s recipients up`} disabled={index === 0} onClick={() => onMove(-1)}>
            ↑ Up
          </Button>
          <Button id={moveButtonId(index, 1)} size="sm" variant="ghost" aria-label={`Move level ${number}'s recipients down`} disabled={index === count - 1} onClick={() => onMove(1)}>
            ↓ Down
          </Button>
          <Button size="sm" variant="ghost" aria-label={`Remove level ${number}`} disabled={count === 1} onClick={onRemove}>
            Remove level
          </Button>
        </div>
      </div>
      {index > 0 && (
        <DelayFields
          id={waitFieldId(index)}
          label="Wait"
          hint={`After level ${index} is notified.`}
          wait={level.wait}
          unit={level.unit}
          error={errors[waitPath(index)]}
          onChange={(patch) => onChange(patch)}
        />
      )}
      <LevelTargets level={index} targets={level.targets} errors={errors} users={users} channels={channels} onChange={(targets: TRecipientState[]) => onChange({ targets })} />
    </fieldset>
  );
}
