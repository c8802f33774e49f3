import { apiKeyRoute } from "@/server/api/rest";
import { parseInput } from "@/server/errors/app-error";
import { reactivateUser } from "@/server/users/reactivate-user";
import { ZUserId } from "@/server/users/user-schemas";

export const POST = apiKeyRoute<{ id: string }>("admin", async ({ params }) => Response.json(await reactivateUser({ id: parseInput(ZUserId, params.id) })));
