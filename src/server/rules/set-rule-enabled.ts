import { z } from "zod";
import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { recordAudit } from "@/server/audit/record-audit";
import { ruleTarget } from "./rule-audit";
import { ZRuleId } from "./rule-id";
import { toRuleView, type TRuleView } from "./rule-view";

export const ZSetRuleEnabled = z.object({ id: ZRuleId, enabled: z.boolean() });

/** Switches a rule on or off alone: no re-validation of the rest, so a rule naming a since-deleted user can still be switched off. */
export async function setRuleEnabled(input: z.input<typeof ZSetRuleEnabled> | unknown, actorId: number | null): Promise<TRuleView> {
  const { id, enabled } = parseInput(ZSetRuleEnabled, input);
  return db().$transaction(async (tx) => {
    const before = await tx.routingRule.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", `Rule ${id} not found`);
    const rule = await tx.routingRule.update({ where: { id }, data: { enabled, updatedById: actorId } });
    await recordAudit(tx, { action: enabled ? "rule.enabled" : "rule.disabled", target: ruleTarget(rule), before: { enabled: before.enabled }, after: { enabled } });
    return toRuleView(rule);
  });
}
