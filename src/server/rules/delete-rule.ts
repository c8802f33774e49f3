import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { ZRuleId } from "./rule-id";

/** Deletes a rule; decisions it made keep its id (and say its name in their reason). */
export async function deleteRule(id: unknown): Promise<void> {
  const ruleId = parseInput(ZRuleId, id);
  const { count } = await db().routingRule.deleteMany({ where: { id: ruleId } });
  if (count === 0) throw new AppError("NOT_FOUND", `Rule ${ruleId} not found`);
}
