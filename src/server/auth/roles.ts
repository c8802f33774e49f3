import type { Role } from "@/server/db/client";

export type TSessionUser = {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  /** Signed in with a temporary password: only the change-password page is open to them. Absent means false. */
  mustChangePassword?: boolean;
};

const RANK: Record<Role, number> = { VIEWER: 0, OPERATOR: 1, ADMIN: 2 };

/** True when `role` is at least `required` (ADMIN > OPERATOR > VIEWER). */
export function hasRole(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}
