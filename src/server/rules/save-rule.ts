import { db, Prisma, type RoutingRule } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { recordAudit } from "@/server/audit/record-audit";
import { checkRuleTargets } from "./check-rule-targets";
import { ruleSnapshot, ruleTarget } from "./rule-audit";
import { ZRuleId } from "./rule-id";
import { ZRuleInput, type TRuleInput } from "./rule-schema";
import { toRuleView, type TRuleView } from "./rule-view";

/** Rule order changes one at a time: concurrent saves queue on this lock instead of interleaving positions. */
export const ORDER_LOCK = 7_315_001;

export async function createRule(options: { input: TRuleInput | unknown; actorId: number | null }): Promise<TRuleView> {
  const input = parseInput(ZRuleInput, options.input);
  await checkRuleTargets(input.actions);
  return withNameCheck(input.name, () =>
    db().$transaction(async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(${ORDER_LOCK})`;
      const order = await tx.routingRule.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
      const rule = await tx.routingRule.create({
        data: { name: input.name, description: input.description ?? null, enabled: input.enabled, position: order.length, match: input.match, actions: input.actions, createdById: options.actorId, updatedById: options.actorId },
      });
      await recordAudit(tx, { action: "rule.created", target: ruleTarget(rule), after: ruleSnapshot(rule) });
      return renumber(tx, order.map(({ id }) => id), rule, input.position);
    }),
  );
}

/** Replaces the whole rule (PUT); a position moves it there and closes the gap it left. */
export async function updateRule(options: { id: unknown; input: TRuleInput | unknown; actorId: number | null }): Promise<TRuleView> {
  const id = parseInput(ZRuleId, options.id);
  const input = parseInput(ZRuleInput, options.input);
  await checkRuleTargets(input.actions);
  return withNameCheck(input.name, () =>
    db().$transaction(async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(${ORDER_LOCK})`;
      const existing = await tx.routingRule.findUnique({ where: { id } });
      if (!existing) throw new AppError("NOT_FOUND", `Rule ${id} not found`);
      const rule = await tx.routingRule.update({
        where: { id },
        data: { name: input.name, description: input.description ?? null, enabled: input.enabled, match: input.match, actions: input.actions, updatedById: options.actorId },
      });
      await recordAudit(tx, { action: "rule.updated", target: ruleTarget(rule), before: ruleSnapshot(existing), after: ruleSnapshot(rule) });
      const order = await tx.routingRule.findMany({ where: { id: { not: id } }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
      return renumber(tx, order.map((row) => row.id), rule, input.position ?? existing.position);
    }),
  );
}

/** Puts `rule` at `position` (default: last) among the others and stores positions 0..n-1. */
async function renumber(tx: Prisma.TransactionClient, others: number[], rule: RoutingRule, position: number | undefined): Promise<TRuleView> {
  const ids = others.filter((id) => id !== rule.id);
  ids.splice(Math.min(position ?? ids.length, ids.length), 0, rule.id);
  await writePositions(tx, ids);
  return toRuleView({ ...rule, position: ids.indexOf(rule.id) });
}

export async function writePositions(tx: Prisma.TransactionClient, ids: number[]): Promise<void> {
  await tx.$executeRaw`
    update routing_rules r set position = (o.ordinal - 1)::int
      from unnest(${ids}::int[]) with ordinality as o(id, ordinal)
     where r.id = o.id and r.position <> o.ordinal - 1`;
}

async function withNameCheck<T>(name: string, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `A rule named "${name}" already exists`, { fieldErrors: { name: ["is already taken"] } });
    }
    throw error;
  }
}
