import { db } from "@/server/db/client";
import { AppError, type TFieldErrors } from "@/server/errors/app-error";
import { audienceProblems } from "@/server/events/audience-problems";
import type { TRuleActions } from "./rule-actions-schema";

/**
 * A rule may only name users, channels, templates and escalation policies
 * that exist. Errors name the exact entry (actions.notify.2.user).
 */
export async function checkRuleTargets(actions: TRuleActions): Promise<void> {
  const [fieldErrors, template, policy] = await Promise.all([
    audienceProblems(actions.notify ?? [], "actions.notify"),
    actions.template ? db().messageTemplate.findUnique({ where: { key: actions.template }, select: { key: true } }) : null,
    actions.escalation_policy ? db().escalationPolicy.findUnique({ where: { id: actions.escalation_policy }, select: { id: true } }) : null,
  ]);
  const errors: TFieldErrors = { ...fieldErrors };
  if (actions.template && !template) errors["actions.template"] = [`no template "${actions.template}" (create it under Templates)`];
  if (actions.escalation_policy && !policy) errors["actions.escalation_policy"] = [`no escalation policy ${actions.escalation_policy}`];
  throwIfAny(errors);
}

export function throwIfAny(fieldErrors: TFieldErrors, what = "rule"): void {
  const problems = Object.entries(fieldErrors);
  if (problems.length) {
    throw new AppError("BAD_REQUEST", `Invalid ${what}: ${problems.map(([field, [message]]) => `${field}: ${message}`).join("; ")}`, { fieldErrors });
  }
}
