import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { parseInput } from "@/server/errors/app-error";
import { changeUserRole } from "@/server/users/change-user-role";
import { ZUserId } from "@/server/users/user-schemas";

type TParams = { id: string };

/** `{"role": "ADMIN" | "OPERATOR" | "VIEWER"}`; 409 for the last active admin. */
export const PATCH = apiKeyRoute<TParams>("admin", async ({ request, params }) =>
  Response.json(await changeUserRole({ id: parseInput(ZUserId, params.id), input: await readJsonBody(request) })),
);
