import { z } from "zod";
import { ZAudience } from "@/server/events/audience-target";

export const ZEscalationLevel = z.strictObject({
  /** Before this level fires, counted from the level before; level 1 fires at once whatever it says. */
  delay_seconds: z.number("must be a number of seconds").int("must be whole seconds").min(0).max(7 * 24 * 3600, "must be at most a week"),
  targets: ZAudience.min(1, "needs at least one target (users, roles or organisation channels)"),
});

/** Body of POST/PUT /api/v1/escalation-policies. */
export const ZEscalationPolicyInput = z
  .strictObject({
    name: z.string("must be a text").trim().min(1, "is required").max(100, "must be at most 100 characters"),
    description: z.string().trim().max(500, "must be at most 500 characters").nullish(),
    levels: z.array(ZEscalationLevel, "must be a list of levels").min(1, "needs at least one level").max(10, "may have at most 10 levels"),
    /** How many more times the whole policy runs while nobody acknowledges. */
    repeat: z.number("must be a number").int().min(0).max(10, "must be at most 10").default(0),
  })
  .superRefine((policy, context) => {
    policy.levels.forEach((level, index) => {
      if (index > 0 && level.delay_seconds === 0) context.addIssue({ code: "custom", path: ["levels", index, "delay_seconds"], message: "must be positive: a later level waits for an acknowledgement" });
    });
  });
export type TEscalationPolicyInput = z.input<typeof ZEscalationPolicyInput>;
export type TEscalationLevel = z.output<typeof ZEscalationLevel>;

export const ZEscalationPolicyId = z.coerce.number("must be a policy id").int().positive();
