import type { RoutingRule } from "@/server/db/client";
import type { TAuditTarget } from "@/server/audit/record-audit";

type TRuleFields = Pick<RoutingRule, "id" | "name" | "description" | "enabled" | "match" | "actions">;

export const ruleTarget = (rule: Pick<RoutingRule, "id" | "name">): TAuditTarget => ({ type: "rule", id: rule.id, label: rule.name });

/** A rule as the audit log compares it: what it matches and does, not where it stands in the order. */
export function ruleSnapshot(rule: TRuleFields) {
  return { name: rule.name, description: rule.description, enabled: rule.enabled, match: rule.match, actions: rule.actions };
}
