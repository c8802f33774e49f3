import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { deleteRule } from "@/server/rules/delete-rule";
import { getRule } from "@/server/rules/list-rules";
import { updateRule } from "@/server/rules/save-rule";

type TParams = { id: string };

export const GET = apiKeyRoute<TParams>("admin", async ({ params }) => Response.json(await getRule(params.id)));

export const PUT = apiKeyRoute<TParams>("admin", async ({ request, params }) => Response.json(await updateRule({ id: params.id, input: await readJsonBody(request), actorId: null })));

export const DELETE = apiKeyRoute<TParams>("admin", async ({ params }) => {
  await deleteRule(params.id);
  return new Response(null, { status: 204 });
});
