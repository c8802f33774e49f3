import { z } from "zod";
import { env } from "@/env";
import { SCOPES_FOR_ROLE } from "@/server/auth/api-keys";
import { db, Role } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";

/** The signed-in user's own page: who they are, and the zone their messages and quiet hours use. */
export const ZAccountView = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(Role),
  timezone: z.string(),
  must_change_password: z.boolean(),
  /** What their personal API keys may carry. */
  allowed_scopes: z.array(z.string()),
  created_at: z.iso.datetime(),
});
export type TAccountView = z.output<typeof ZAccountView>;

export async function getAccount(userId: number): Promise<TAccountView> {
  const user = await db().user.findUnique({ where: { id: userId }, include: { preferences: { select: { timezone: true } } } });
  if (!user) throw new AppError("NOT_FOUND", "No such user");
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    timezone: user.preferences?.timezone ?? env().DEFAULT_TIME_ZONE,
    must_change_password: user.mustChangePassword,
    allowed_scopes: [...SCOPES_FOR_ROLE[user.role]],
    created_at: user.createdAt.toISOString(),
  };
}
