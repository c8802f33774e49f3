import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { inviteUser } from "@/server/users/invite-user";
import { listInvitations } from "@/server/users/list-invitations";

export const GET = apiKeyRoute("admin", async () => Response.json({ data: await listInvitations() }));

/** `{"email", "role", "name"?}`: emails an invitation link; answers it with whether the SMTP server took the email. */
export const POST = apiKeyRoute("admin", async ({ request, apiKey }) =>
  Response.json(await inviteUser({ input: await readJsonBody(request), invitedBy: `api_key:${apiKey.name}` }), { status: 201 }),
);
