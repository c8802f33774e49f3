import { z } from "zod";
import { Role, type User } from "@/server/db/client";

/** A user as the Users page and GET /api/v1/users show them: never the password hash. */
export const ZUserView = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(Role),
  status: z.enum(["active", "deactivated"]),
  must_change_password: z.boolean().meta({ description: "Created with a temporary password not changed yet" }),
  deactivated_at: z.iso.datetime().nullable(),
  created_at: z.iso.datetime(),
});
export type TUserView = z.output<typeof ZUserView>;

export const USER_VIEW_COLUMNS = { id: true, email: true, name: true, role: true, mustChangePassword: true, deactivatedAt: true, createdAt: true } as const;
type TUserViewRow = Pick<User, keyof typeof USER_VIEW_COLUMNS>;

export function toUserView(user: TUserViewRow): TUserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.deactivatedAt ? "deactivated" : "active",
    must_change_password: user.mustChangePassword,
    deactivated_at: user.deactivatedAt?.toISOString() ?? null,
    created_at: user.createdAt.toISOString(),
  };
}

/** What the audit log keeps of a user before and after a change. */
export function userSnapshot(user: Pick<User, "email" | "name" | "role" | "deactivatedAt">) {
  return { email: user.email, name: user.name, role: user.role, status: user.deactivatedAt ? "deactivated" : "active" };
}
