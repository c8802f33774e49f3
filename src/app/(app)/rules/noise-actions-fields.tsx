"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useTRPC } from "@/trpc/react";
import { errorAt, type TFormErrors } from "./form-errors";
import type { TActionsState } from "./form-state";
import styles from "./rules.module.css";

export type TNoiseActionsFieldsProps = {
  actions: TActionsState;
  errors: TFormErrors;
  disabled: boolean;
  onChange: (changes: Partial<TActionsState>) => void;
};

/** Escalation (an incident, level by level), Alertmanager-style grouping of the rule's messages, and how often they repeat. */
export function NoiseActionsFields({ actions, errors, disabled, onChange }: TNoiseActionsFieldsProps) {
  const trpc = useTRPC();
  const policies = useQuery(trpc.escalationPolicies.list.queryOptions());
  const grouped = actions.groupBy.trim() !== "";
  const policyOptions = [
    { value: "", label: "None" },
    ...(policies.data ?? []).map((policy) => ({ value: String(policy.id), label: `${policy.name} (#${policy.id})` })),
    // A policy the list does not have (deleted, or still loading) stays visible rather than silently unset.
    ...(actions.escalationPolicy && !policies.data?.some((policy) => String(policy.id) === actions.escalationPolicy) ? [{ value: actions.escalationPolicy, label: `Policy #${actions.escalationPolicy}` }] : []),
  ];

  return (
    <>
      <div className={styles.fields}>
        <SelectField
          label="Escalate with policy"
          options={policyOptions}
          value={actions.escalationPolicy}
          disabled={disabled}
          hint={policies.isError ? `Policies could not be loaded: ${trpcErrorMessage(policies.error)}` : "Opens an incident that pages level by level until someone acknowledges it."}
          error={errorAt(errors, "actions.escalation_policy")}
          onChange={(event) => onChange({ escalationPolicy: event.target.value })}
        />
      </div>
      <fieldset className={styles.subgroup} disabled={disabled}>
        <legend className="field__label">Grouping and repeats</legend>
        <p className="field__hint">Events with the same values of these fields become one message: the first waits to gather others, later ones come together after the interval.</p>
        <div className={styles.fields}>
          <TextField
            label="Group by"
            placeholder="job.host, labels.env"
            value={actions.groupBy}
            error={errorAt(errors, "actions.group_by")}
            onChange={(event) => onChange({ groupBy: event.target.value })}
          />
          <TextField label="Wait (s)" inputMode="numeric" placeholder="30" value={actions.groupWait} disabled={!grouped} error={errorAt(errors, "actions.group_wait")} onChange={(event) => onChange({ groupWait: event.target.value })} />
          <TextField label="Interval (s)" inputMode="numeric" placeholder="300" value={actions.groupInterval} disabled={!grouped} error={errorAt(errors, "actions.group_interval")} onChange={(event) => onChange({ groupInterval: event.target.value })} />
          <TextField
            label="Repeat after (s)"
            inputMode="numeric"
            placeholder={grouped ? "14400" : "never"}
            value={actions.repeatInterval}
            hint={grouped ? "An unchanged group is sent once more after this." : "An alert still firing that its monitoring tool re-sends is told again at most this often; empty: once only."}
            error={errorAt(errors, "actions.repeat_interval")}
            onChange={(event) => onChange({ repeatInterval: event.target.value })}
          />
        </div>
      </fieldset>
    </>
  );
}
