import { z } from "zod";
import type { RoutingRule } from "@/server/db/client";
import { ZAudienceTargetView } from "@/server/events/audience-target";
import { ZEventSeverity } from "@/server/events/event-severity";
import { PREFERENCE_CHANNELS } from "@/server/preferences/subscription";
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

const ZEntryView = z.looseObject({}).meta({ description: 'A condition {"field", "op", "value"} or a nested group {"all": [...]} / {"any": [...]}' });

/** The response schema of TRuleView; match and actions are as saved (see the request schema for every rule). */
export const ZRuleView = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  enabled: z.boolean(),
  position: z.number().int(),
  match: z.looseObject({ all: z.array(ZEntryView).optional(), any: z.array(ZEntryView).optional() }),
  actions: z.object({
    notify: z.array(ZAudienceTargetView).optional(),
    channels: z.array(z.enum(PREFERENCE_CHANNELS)).optional(),
    template: z.string().optional(),
    escalation_policy: z.number().int().optional(),
    group_by: z.array(z.string()).optional(),
    group_wait: z.number().int().optional(),
    group_interval: z.number().int().optional(),
    repeat_interval: z.number().int().optional(),
    suppress: z.boolean().optional(),
    set_severity: ZEventSeverity.optional(),
    stop: z.boolean().optional(),
  }),
  created_at: z.string(),
  updated_at: z.string(),
});
