import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { ZRuleId } from "./rule-id";
import { toRuleView, type TRuleView } from "./rule-view";

/** Every rule in evaluation order, disabled ones included. */
export async function listRules(): Promise<TRuleView[]> {
  const rules = await db().routingRule.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] });
  return rules.map(toRuleView);
}

export async function getRule(id: unknown): Promise<TRuleView> {
  const ruleId = parseInput(ZRuleId, id);
  const rule = await db().routingRule.findUnique({ where: { id: ruleId } });
  if (!rule) throw new AppError("NOT_FOUND", `Rule ${ruleId} not found`);
  return toRuleView(rule);
}
