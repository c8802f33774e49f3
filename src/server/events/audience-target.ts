import { z } from "zod";

const ROLES = ["ADMIN", "OPERATOR", "VIEWER"] as const;
const ZEmail = z.email("must be a valid email address").max(320).transform((email) => email.toLowerCase());

/** One shape per kind of recipient, chosen by the key present, so an error lands on that key. */
const SHAPES = {
  user: z.strictObject({ user: z.union([z.number().int().positive(), ZEmail], "must be a user id or email") }),
  role: z.strictObject({
    role: z
      .string("must be a role")
      .transform((role) => role.trim().toUpperCase())
      .pipe(z.enum(ROLES, `must be one of ${ROLES.join(", ")}`)),
  }),
  channel_name: z.strictObject({ channel_name: z.string("must be a channel name").trim().min(1, "is required").max(100) }),
  email: z.strictObject({ email: ZEmail }),
};
const KINDS = Object.keys(SHAPES) as (keyof typeof SHAPES)[];

export type TAudienceTarget = { [K in keyof typeof SHAPES]: z.output<(typeof SHAPES)[K]> }[keyof typeof SHAPES];

/**
 * One entry of an audience, the same shape in an event's `recipients` and a
 * rule's `notify`: a user (id or email), everyone with a role, an
 * organisation channel by name, or a plain email address.
 */
export const ZAudienceTarget = z.unknown().transform((value, context): TAudienceTarget => {
  const kind = typeof value === "object" && value !== null && !Array.isArray(value) ? KINDS.find((key) => key in value) : undefined;
  if (!kind) {
    context.addIssue({ code: "custom", message: 'must be {"user": id or email}, {"role": "OPERATOR"}, {"channel_name": "…"} or {"email": "…"}' });
    return z.NEVER;
  }
  const result = SHAPES[kind].safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) context.addIssue({ code: "custom", message: issue.message, path: issue.path as PropertyKey[] });
  return z.NEVER;
});

export const ZAudience = z.array(ZAudienceTarget).max(100, "may name at most 100 recipients");

/** An audience entry as REST answers it (parsed: emails lower-cased, roles upper-case). */
export const ZAudienceTargetView = z
  .union([
    z.object({ user: z.union([z.number().int(), z.string()]) }),
    z.object({ role: z.enum(ROLES) }),
    z.object({ channel_name: z.string() }),
    z.object({ email: z.string() }),
  ])
  .meta({ id: "AudienceTarget", description: 'A user (id or email), everyone with a role, an organisation channel by name, or a plain email address: {"user": 7}, {"role": "OPERATOR"}, {"channel_name": "ops-slack"}, {"email": "oncall@example.com"}' });
