import { z } from "zod";
import { ZRuleActions } from "./rule-actions-schema";
import { ZRuleMatch } from "./rule-match-schema";

/** A routing rule as the UI builder and REST send it; the same schema validates both. */
export const ZRuleInput = z.strictObject(
  {
    name: z.string("must be a text").trim().min(1, "is required").max(100, "must be at most 100 characters"),
    description: z.string("must be a text").trim().max(500, "must be at most 500 characters").nullable().optional(),
    enabled: z.boolean("must be true or false").default(true),
    /** Rules run in ascending position; left out, the rule goes last. */
    position: z.number("must be a number").int("must be a whole number").min(0, "must be 0 or more").optional(),
    match: ZRuleMatch,
    actions: ZRuleActions,
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `has unknown key ${issue.keys.map((key) => JSON.stringify(key)).join(", ")} (a rule has name, description, enabled, position, match and actions)`
        : undefined,
  },
);
export type TRuleInput = z.input<typeof ZRuleInput>;
export type TRule = z.output<typeof ZRuleInput>;
