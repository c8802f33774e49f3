import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { createUserWithTemporaryPassword } from "@/server/users/create-user-with-temporary-password";
import { listManagedUsers } from "@/server/users/list-managed-users";

export const GET = apiKeyRoute("admin", async () => Response.json({ data: await listManagedUsers() }));

/** Creates a user with a temporary password they must change at first sign-in; a generated one is answered once. */
export const POST = apiKeyRoute("admin", async ({ request }) => Response.json(await createUserWithTemporaryPassword(await readJsonBody(request)), { status: 201 }));
