import type { RoutingRule } from "@/server/db/client";
import type { TRuleActions } from "./rule-actions-schema";
import type { TRuleMatch } from "./rule-match-schema";

/** A rule as REST and the Rules page see it. */
export function toRuleView(rule: RoutingRule) {
  return {
    id: rule.id,
    name: rule.name,
    description: rule.description,
    enabled: rule.enabled,
    position: rule.position,
    match: rule.match as TRuleMatch,
    actions: rule.actions as TRuleActions,
    created_at: rule.createdAt.toISOString(),
    updated_at: rule.updatedAt.toISOString(),
  };
}
export type TRuleView = ReturnType<typeof toRuleView>;
