import { db, type Prisma } from "@/server/db/client";
import { toDecisionResource, type TDecisionResource } from "./event-resource";

/** The decisions of an event or a notification, oldest first, with rule names and each notification's current status. */
export async function decisionTrail(where: Prisma.RoutingDecisionWhereInput): Promise<TDecisionResource[]> {
  const decisions = await db().routingDecision.findMany({ where, orderBy: { id: "asc" }, take: 1_000, include: { notification: { select: { status: true } } } });
  const ruleIds = [...new Set(decisions.flatMap((decision) => (decision.ruleId ? [decision.ruleId] : [])))];
  const rules = ruleIds.length ? await db().routingRule.findMany({ where: { id: { in: ruleIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(rules.map((rule) => [rule.id, rule.name]));
  return decisions.map((decision) => toDecisionResource({ ...decision, ruleName: decision.ruleId ? (names.get(decision.ruleId) ?? null) : null }));
}
