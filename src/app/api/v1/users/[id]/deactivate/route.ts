import { apiKeyRoute } from "@/server/api/rest";
import { parseInput } from "@/server/errors/app-error";
import { deactivateUser } from "@/server/users/deactivate-user";
import { ZUserId } from "@/server/users/user-schemas";

export const POST = apiKeyRoute<{ id: string }>("admin", async ({ params }) => Response.json(await deactivateUser({ id: parseInput(ZUserId, params.id) })));
