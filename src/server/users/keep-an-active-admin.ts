import { AppError } from "@/server/errors/app-error";

/**
 * Refuses to demote or deactivate the last active admin, which would leave
 * nobody able to administer the service. `activeAdminIds` must come from
 * lockActiveAdmins in the same transaction, so the answer holds until it commits.
 */
export function keepAnActiveAdmin(activeAdminIds: number[], userId: number, change: "demote" | "deactivate"): void {
  if (activeAdminIds.length === 1 && activeAdminIds[0] === userId) {
    throw new AppError("CONFLICT", `This is the last active admin: make someone else an admin before you ${change === "demote" ? "change this role" : "deactivate this account"}.`);
  }
}
