import { z } from "zod";
import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { ZRuleId } from "./rule-id";
import { toRuleView, type TRuleView } from "./rule-view";

export const ZSetRuleEnabled = z.object({ id: ZRuleId, enabled: z.boolean() });

/** Switches a rule on or off alone: no re-validation of the rest, so a rule naming a since-deleted user can still be switched off. */
export async function setRuleEnabled(input: z.input<typeof ZSetRuleEnabled> | unknown, actorId: number | null): Promise<TRuleView> {
  const { id, enabled } = parseInput(ZSetRuleEnabled, input);
  const { count } = await db().routingRule.updateMany({ where: { id }, data: { enabled, updatedById: actorId } });
  if (count === 0) throw new AppError("NOT_FOUND", `Rule ${id} not found`);
  return toRuleView(await db().routingRule.findUniqueOrThrow({ where: { id } }));
}
