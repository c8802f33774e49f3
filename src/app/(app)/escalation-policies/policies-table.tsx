"use client";

import Link from "next/link";
import { Button, ButtonLink } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { TEscalationPolicyView } from "@/server/incidents/escalation-policies";
import styles from "./escalation-policies.module.css";
import { levelTimingText, repeatText, targetText, type TUserLabel } from "./policy-words";

export type TPoliciesTableProps = {
  policies: TEscalationPolicyView[];
  userLabel: TUserLabel;
  /** The rules that escalate with a policy, undefined while they load. */
  rulesUsing: (policyId: number) => { id: number; name: string }[] | undefined;
  onDelete: (policy: TEscalationPolicyView) => void;
};

/** Each policy with its levels in order ("Level 2 · 5 min later: …"), its repeats and the rules that use it. */
export function PoliciesTable({ policies, userLabel, rulesUsing, onDelete }: TPoliciesTableProps) {
  return (
    <Table caption="Escalation policies, by name" stack>
      <THead>
        <Tr>
          <Th>Policy</Th>
          <Th>Levels</Th>
          <Th>Runs</Th>
          <Th>Used by</Th>
          <Th>
            <span className="visually-hidden">Actions</span>
          </Th>
        </Tr>
      </THead>
      <TBody>
        {policies.map((policy) => {
          const rules = rulesUsing(policy.id);
          return (
            <Tr key={policy.id}>
              <Td label="Policy">
                <Link href={`/escalation-policies/${policy.id}/edit`} className={styles.name}>
                  {policy.name}
                </Link>
                <span className="text-sm text-muted"> #{policy.id}</span>
                {policy.description && <p className={`${styles.description} text-sm text-muted`}>{policy.description}</p>}
              </Td>
              <Td label="Levels">
                <ol className={`${styles.levelList} text-sm`}>
                  {policy.levels.map((level, index) => (
                    <li key={index}>
                      <strong>{levelTimingText(index, level.delay_seconds)}</strong>: {level.targets.map((target) => targetText(target, userLabel)).join(", ")}
                    </li>
                  ))}
                </ol>
              </Td>
              <Td label="Runs" className="text-sm">
                {repeatText(policy)}
              </Td>
              <Td label="Used by">
                {rules === undefined ? (
                  <span className="text-muted">…</span>
                ) : rules.length === 0 ? (
                  <span className="text-sm text-muted">No rule yet</span>
                ) : (
                  <ul className={`${styles.usedBy} text-sm`}>
                    {rules.map((rule) => (
                      <li key={rule.id}>
                        <Link href={`/rules/${rule.id}`}>{rule.name}</Link>
                      </li>
                    ))}
                  </ul>
                )}
              </Td>
              <Td>
                <div className={styles.rowActions}>
                  <ButtonLink href={`/escalation-policies/${policy.id}/edit`} size="sm" variant="secondary" aria-label={`Edit ${policy.name}`}>
                    Edit
                  </ButtonLink>
                  <Button size="sm" variant="ghost" aria-label={`Delete ${policy.name}`} onClick={() => onDelete(policy)}>
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
