import { z } from "zod";
import { ZSubscription } from "@/server/preferences/subscription";

const source = (max: number, what: string) => z.string(`must be a text (${what})`).max(max, `must be at most ${max.toLocaleString("en")} characters`);
const required = (max: number, what: string) => source(max, what).trim().min(1, "is required");

/** One body per channel; each string is a Liquid template (JSON sources: Liquid inside the strings). */
export const ZTemplateBodies = z
  .strictObject({
    email: z
      .strictObject({
        subject: required(2_000, "the subject line"),
        /** The heading of the email card; the subject when left out. */
        heading: source(2_000, "the heading").optional(),
        html: required(100_000, "HTML body blocks"),
        /** The plain-text part; derived from the HTML when left out. */
        text: source(100_000, "plain text").optional(),
      })
      .optional(),
    slack: z.strictObject({ text: required(40_000, "Slack text"), blocks: source(100_000, "Block Kit JSON").optional() }).optional(),
    teams: z.strictObject({ text: required(28_000, "Teams text"), card: source(100_000, "Adaptive Card JSON").optional() }).optional(),
    webhook: z.strictObject({ payload: required(100_000, "the JSON payload") }).optional(),
    sms: z.strictObject({ text: required(5_000, "SMS text") }).optional(),
  })
  .refine((bodies) => Object.values(bodies).some(Boolean), "needs a body for at least one channel (email, slack, teams, webhook or sms)");
export type TTemplateBodies = z.output<typeof ZTemplateBodies>;
export type TTemplateChannel = keyof TTemplateBodies;
export const TEMPLATE_CHANNELS = ["email", "slack", "teams", "webhook", "sms"] as const satisfies readonly TTemplateChannel[];

export const ZTemplateKey = z
  .string("must be a text")
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "must be 1-64 lowercase letters, digits, - or _ (e.g. job-failed-ops)")
  // /api/v1/templates/validate and /preview are routes of their own.
  .refine((key) => !["validate", "preview"].includes(key), "is reserved; choose another key");

/** Body of POST /api/v1/templates (and of PUT without the key, which the URL names). */
export const ZTemplateInput = z.strictObject({
  key: ZTemplateKey,
  name: z.string("must be a text").trim().min(1, "is required").max(100, "must be at most 100 characters"),
  description: z.string("must be a text").trim().max(500, "must be at most 500 characters").nullish(),
  /** Event-type globs this template serves when no rule names a template: job.failed, job.*, alert.*. */
  event_types: z.array(ZSubscription.shape.pattern).max(20, "may list at most 20 patterns").default([]),
  bodies: ZTemplateBodies,
});
export type TTemplateInput = z.input<typeof ZTemplateInput>;
export type TParsedTemplateInput = z.output<typeof ZTemplateInput>;
