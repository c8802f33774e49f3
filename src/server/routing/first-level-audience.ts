import type { TPolicy } from "@/server/incidents/incident-policy";
import type { TAudienceEntry, TRuleOutcome } from "./apply-rules";

/** Level 1 of each escalation the rules asked for, as audience entries marked with their policy. */
export function firstLevelAudience(outcome: TRuleOutcome, policies: Map<number, TPolicy>): TAudienceEntry[] {
  return outcome.escalations.flatMap(({ policyId, ruleId, ruleName }) => {
    const policy = policies.get(policyId);
    const level = policy?.levels[0];
    if (!policy || !level) return [];
    return level.targets.map((target) => ({
      target,
      channels: null,
      because: `Rule "${ruleName}" escalates with policy "${policy.name}": level 1`,
      ruleId,
      templateKey: null,
      escalation: { policyId: policy.id, policyName: policy.name },
    }));
  });
}
