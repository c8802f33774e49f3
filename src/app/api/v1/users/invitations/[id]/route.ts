import { apiKeyRoute } from "@/server/api/rest";
import { parseInput } from "@/server/errors/app-error";
import { revokeInvitation } from "@/server/users/revoke-invitation";
import { ZUserId } from "@/server/users/user-schemas";

/** Withdraws an invitation not accepted yet: its link stops working. */
export const DELETE = apiKeyRoute<{ id: string }>("admin", async ({ params }) => Response.json(await revokeInvitation(parseInput(ZUserId, params.id))));
