import { createApiKey, SCOPES_FOR_ROLE } from "@/server/auth/api-keys";
import type { TSessionUser } from "@/server/auth/roles";
import { AppError, parseInput } from "@/server/errors/app-error";
import { ZCreatePersonalApiKey, type TCreatePersonalApiKey } from "./user-schemas";

/**
 * A key of the signed-in user's own, with no more scopes than their role
 * allows; it works while they are active and narrows if their role does.
 * The secret is answered once.
 */
export async function createPersonalApiKey(options: { user: TSessionUser; input: TCreatePersonalApiKey | unknown }) {
  const { name, scopes } = parseInput(ZCreatePersonalApiKey, options.input);
  const allowed = SCOPES_FOR_ROLE[options.user.role];
  const beyond = scopes.filter((scope) => !allowed.includes(scope));
  if (beyond.length > 0) {
    throw new AppError("FORBIDDEN", `Your role (${options.user.role.toLowerCase()}) cannot give a key ${beyond.join(", ")}`, { fieldErrors: { scopes: [`${beyond.join(", ")} is beyond your role`] } });
  }
  // createApiKey audits the key in the transaction that stores it.
  return createApiKey({ name, scopes, createdById: options.user.id }, { personal: true });
}
