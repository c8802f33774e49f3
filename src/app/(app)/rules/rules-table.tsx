"use client";

import { Button, ButtonLink } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { TRuleView } from "@/server/rules/rule-view";
import { summarizeActions, summarizeMatch, type TUserLabel } from "./rule-summary";
import styles from "./rules.module.css";

export type TRulesTableProps = {
  rules: TRuleView[];
  userLabel: TUserLabel;
  /** Rules whose switch is saving, with the state they are switching to. */
  toggling: Readonly<Record<number, boolean>>;
  movingId: number | null;
  onToggle: (rule: TRuleView, enabled: boolean) => void;
  onMove: (rule: TRuleView, delta: -1 | 1) => void;
  onDelete: (rule: TRuleView) => void;
};

export const moveButtonId = (ruleId: number, delta: -1 | 1) => `rule-${ruleId}-move-${delta < 0 ? "up" : "down"}`;

/** The rules in evaluation order, each with a readable "when … then …", its switch and its place. */
export function RulesTable({ rules, userLabel, toggling, movingId, onToggle, onMove, onDelete }: TRulesTableProps) {
  return (
    <Table caption="Rules, in the order they run" stack>
      <THead>
        <Tr>
          <Th numeric>#</Th>
          <Th>Rule</Th>
          <Th>When</Th>
          <Th>Then</Th>
          <Th>Enabled</Th>
          <Th>
            <span className="visually-hidden">Order and actions</span>
          </Th>
        </Tr>
      </THead>
      <TBody>
        {rules.map((rule, index) => {
          const saving = rule.id in toggling;
          return (
            <Tr key={rule.id} className={rule.enabled ? undefined : styles.off}>
              <Td label="Position" numeric mono>
                {index + 1}
              </Td>
              <Td label="Rule">
                <div>
                  <span className={styles.name}>{rule.name}</span>
                  {rule.description && <p className={`${styles.description} text-sm text-muted`}>{rule.description}</p>}
                </div>
              </Td>
              <Td label="When" className={styles.summary}>
                {summarizeMatch(rule.match)}
              </Td>
              <Td label="Then" className={styles.summary}>
                {summarizeActions(rule.actions, userLabel)}
              </Td>
              <Td label="Enabled">
                <Checkbox
                  role="switch"
                  label={<span className="visually-hidden">Enabled: {rule.name}</span>}
                  checked={toggling[rule.id] ?? rule.enabled}
                  aria-busy={saving || undefined}
                  onChange={(event) => !saving && onToggle(rule, event.target.checked)}
                />
              </Td>
              <Td>
                <div className={styles.rowActions}>
                  <Button
                    id={moveButtonId(rule.id, -1)}
                    size="sm"
                    variant="ghost"
                    aria-label={`Move ${rule.name} up`}
                    disabled={index === 0}
                    loading={movingId === rule.id}
                    onClick={() => onMove(rule, -1)}
                  >
                    ↑ Up
                  </Button>
                  <Button
                    id={moveButtonId(rule.id, 1)}
                    size="sm"
                    variant="ghost"
                    aria-label={`Move ${rule.name} down`}
                    disabled={index === rules.length - 1}
                    loading={movingId === rule.id}
                    onClick={() => onMove(rule, 1)}
                  >
                    ↓ Down
                  </Button>
                  <ButtonLink href={`/rules/${rule.id}`} size="sm" variant="secondary" aria-label={`Edit ${rule.name}`}>
                    Edit
                  </ButtonLink>
                  <Button size="sm" variant="ghost" aria-label={`Delete ${rule.name}`} onClick={() => onDelete(rule)}>
                    Delete
                  </Button>
                </div>
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
