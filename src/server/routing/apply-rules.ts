import type { TAudienceTarget } from "@/server/events/audience-target";
import type { TEventSeverity } from "@/server/events/event-severity";
import type { TRoutableEvent } from "@/server/events/routable-event";
import type { TPreferenceChannel } from "@/server/preferences/subscription";
import type { TRuleActions } from "@/server/rules/rule-actions-schema";
import { fieldValue } from "@/server/rules/rule-fields";

/** A saved rule ready to evaluate: its match compiled once for thousands of events. */
export type TCompiledRule = {
  id: number | null;
  name: string;
  matches: (event: TRoutableEvent) => boolean;
  actions: TRuleActions;
};

/** Someone the event should reach, and who or what put them in the audience. */
export type TAudienceEntry = {
  target: TAudienceTarget;
  /** Which of a user's channels to use; null: what the user's preferences choose. */
  channels: TPreferenceChannel[] | null;
  /** "Rule "On-call failures" matched", "Named in the event's recipients". */
  because: string;
  ruleId: number | null;
  /** The custom template the rule chose for this recipient's notifications; null: by event type, else built-in. */
  templateKey: string | null;
  /** Set for the first level of an escalation: these notifications open (or join) an incident of that policy. */
  escalation?: { policyId: number; policyName: string };
};

/** A rule's grouped notify: the event joins the group of its group_by values instead of being sent alone. */
export type TGroupingRequest = { ruleId: number; ruleName: string; groupKey: string; label: string; waitSeconds: number; intervalSeconds: number; repeatSeconds: number };

/** Alertmanager's defaults for group_wait and group_interval; repeat_interval as its 4 h. */
export const GROUP_DEFAULTS = { waitSeconds: 30, intervalSeconds: 300, repeatSeconds: 4 * 3600 } as const;

/** A rule's escalation_policy action: the event becomes an incident of that policy. */
export type TEscalationRequest = { policyId: number; ruleId: number | null; ruleName: string };

export type TRuleOutcome = {
  /** After any set_severity. */
  severity: TEventSeverity;
  matched: { id: number | null; name: string }[];
  suppressedBy: { id: number | null; name: string } | null;
  audience: TAudienceEntry[];
  escalations: TEscalationRequest[];
  groupings: TGroupingRequest[];
};

function groupingOf(event: TRoutableEvent, ruleId: number, ruleName: string, fields: string[], actions: TRuleActions): TGroupingRequest {
  const values = fields.map((field) => [field, fieldValue(event, field)] as const);
  const label = values.map(([field, value]) => `${field}=${value === undefined || value === null || value === "" ? "(none)" : String(value)}`).join(", ");
  return {
    ruleId,
    ruleName,
    groupKey: JSON.stringify(values.map(([, value]) => value ?? null)),
    label,
    waitSeconds: actions.group_wait ?? GROUP_DEFAULTS.waitSeconds,
    intervalSeconds: actions.group_interval ?? GROUP_DEFAULTS.intervalSeconds,
    repeatSeconds: actions.repeat_interval ?? GROUP_DEFAULTS.repeatSeconds,
  };
}

/**
 * Evaluates the rules in order against the event: each match may add
 * recipients, change the severity later rules (and the message) see,
 * suppress the event or stop evaluation. The event's own recipients are
 * always part of the audience unless a rule suppresses it.
 */
export function applyRules(event: TRoutableEvent, explicit: TAudienceTarget[], rules: TCompiledRule[]): TRuleOutcome {
  let current = event;
  const matched: TRuleOutcome["matched"] = [];
  const escalations: TEscalationRequest[] = [];
  const groupings: TGroupingRequest[] = [];
  const audience: TAudienceEntry[] = explicit.map((target) => ({ target, channels: null, because: "Named in the event's recipients", ruleId: null, templateKey: null }));
  for (const rule of rules) {
    if (!rule.matches(current)) continue;
    const ref = { id: rule.id, name: rule.name };
    matched.push(ref);
    const { actions } = rule;
    if (actions.suppress) return { severity: current.severity, matched, suppressedBy: ref, audience: [], escalations: [], groupings: [] };
    if (actions.set_severity) current = { ...current, severity: actions.set_severity };
    if (actions.group_by && actions.notify && rule.id !== null) {
      groupings.push(groupingOf(current, rule.id, rule.name, actions.group_by, actions));
    } else {
      for (const target of actions.notify ?? []) {
        audience.push({ target, channels: actions.channels ?? null, because: `Rule "${rule.name}" matched`, ruleId: rule.id, templateKey: actions.template ?? null });
      }
    }
    if (actions.escalation_policy && !escalations.some((known) => known.policyId === actions.escalation_policy)) {
      escalations.push({ policyId: actions.escalation_policy, ruleId: rule.id, ruleName: rule.name });
    }
    if (actions.stop) break;
  }
  return { severity: current.severity, matched, suppressedBy: null, audience, escalations, groupings };
}
