import { z } from "zod";

const ROLES = ["ADMIN", "OPERATOR", "VIEWER"] as const;

/**
 * One entry of an audience, the same shape in an event's `recipients` and a
 * rule's `notify`: a user (id or email), everyone with a role, an
 * organisation channel by name, or a plain email address.
 */
export const ZAudienceTarget = z.union(
  [
    z.strictObject({ user: z.union([z.number().int().positive(), z.email("must be a user id or email").max(320).transform((e) => e.toLowerCase())]) }),
    z.strictObject({
      role: z
        .string()
        .transform((role) => role.trim().toUpperCase())
        .pipe(z.enum(ROLES, `must be one of ${ROLES.join(", ")}`)),
    }),
    z.strictObject({ channel_name: z.string().trim().min(1).max(100) }),
    z.strictObject({ email: z.email("must be a valid email address").max(320).transform((e) => e.toLowerCase()) }),
  ],
  { error: 'must be {"user": id or email}, {"role": "OPERATOR"}, {"channel_name": "…"} or {"email": "…"}' },
);
export type TAudienceTarget = z.output<typeof ZAudienceTarget>;

export const ZAudience = z.array(ZAudienceTarget).max(100, "may name at most 100 recipients");
