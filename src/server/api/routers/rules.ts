import { z } from "zod";
import { deleteRule } from "@/server/rules/delete-rule";
import { getRule, listRules } from "@/server/rules/list-rules";
import { reorderRules, ZReorderRules } from "@/server/rules/reorder-rules";
import { ZRuleId } from "@/server/rules/rule-id";
import { ZRuleInput } from "@/server/rules/rule-schema";
import { createRule, updateRule } from "@/server/rules/save-rule";
import { setRuleEnabled, ZSetRuleEnabled } from "@/server/rules/set-rule-enabled";
import { testRule, ZTestRuleRequest } from "@/server/rules/test-rule";
import { adminProcedure, createTrpcRouter } from "../trpc";

const ZById = z.object({ id: ZRuleId });

export const rulesRouter = createTrpcRouter({
  list: adminProcedure.query(() => listRules()),
  byId: adminProcedure.input(ZById).query(({ input }) => getRule(input.id)),
  create: adminProcedure.input(ZRuleInput).mutation(({ input, ctx }) => createRule({ input, actorId: ctx.user.id })),
  /** The rule's fields and its id side by side, so field errors have the same paths as on create. */
  update: adminProcedure.input(ZRuleInput.extend({ id: ZRuleId })).mutation(({ input: { id, ...rule }, ctx }) => updateRule({ id, input: rule, actorId: ctx.user.id })),
  setEnabled: adminProcedure.input(ZSetRuleEnabled).mutation(({ input, ctx }) => setRuleEnabled(input, ctx.user.id)),
  delete: adminProcedure.input(ZById).output(z.void()).mutation(({ input }) => deleteRule(input.id)),
  reorder: adminProcedure.input(ZReorderRules).mutation(({ input }) => reorderRules(input)),
  test: adminProcedure.input(ZTestRuleRequest).mutation(({ input }) => testRule(input)),
});
