import { z } from "zod";
import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { recordAudit } from "@/server/audit/record-audit";
import { listRules } from "./list-rules";
import type { TRuleView } from "./rule-view";
import { ORDER_LOCK, writePositions } from "./save-rule";

export const ZReorderRules = z.object({ ids: z.array(z.number().int().positive()).min(1).max(1_000) });

/** Sets the evaluation order: `ids` must list every rule exactly once. */
export async function reorderRules(input: z.input<typeof ZReorderRules> | unknown): Promise<TRuleView[]> {
  const { ids } = parseInput(ZReorderRules, input);
  await db().$transaction(async (tx) => {
    await tx.$executeRaw`select pg_advisory_xact_lock(${ORDER_LOCK})`;
    const existing = await tx.routingRule.findMany({ select: { id: true, name: true }, orderBy: [{ position: "asc" }, { id: "asc" }] });
    const known = new Set(existing.map((rule) => rule.id));
    if (new Set(ids).size !== ids.length || ids.length !== known.size || ids.some((id) => !known.has(id))) {
      throw new AppError("CONFLICT", "The rules changed meanwhile (or the list repeats one): reload and reorder again", { fieldErrors: { ids: ["must list every rule exactly once"] } });
    }
    await writePositions(tx, ids);
    const nameOf = new Map(existing.map((rule) => [rule.id, rule.name]));
    await recordAudit(tx, { action: "rule.reordered", target: { type: "rule", label: "evaluation order" }, before: { order: existing.map((rule) => rule.name) }, after: { order: ids.map((id) => nameOf.get(id)) } });
  });
  return listRules();
}
