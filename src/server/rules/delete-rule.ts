import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { recordAudit } from "@/server/audit/record-audit";
import { ruleSnapshot, ruleTarget } from "./rule-audit";
import { ZRuleId } from "./rule-id";

/** Deletes a rule; decisions it made keep its id (and say its name in their reason). */
export async function deleteRule(id: unknown): Promise<void> {
  const ruleId = parseInput(ZRuleId, id);
  await db().$transaction(async (tx) => {
    const [rule] = await tx.routingRule.findMany({ where: { id: ruleId } });
    if (!rule) throw new AppError("NOT_FOUND", `Rule ${ruleId} not found`);
    await tx.routingRule.delete({ where: { id: ruleId } });
    await recordAudit(tx, { action: "rule.deleted", target: ruleTarget(rule), before: ruleSnapshot(rule) });
  });
}
