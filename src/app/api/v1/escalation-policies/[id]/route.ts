import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { deleteEscalationPolicy, getEscalationPolicy, saveEscalationPolicy } from "@/server/incidents/escalation-policies";

type TParams = { id: string };

export const GET = apiKeyRoute<TParams>("admin", async ({ params }) => Response.json(await getEscalationPolicy(params.id)));

export const PUT = apiKeyRoute<TParams>("admin", async ({ request, params }) => Response.json(await saveEscalationPolicy({ id: params.id, input: await readJsonBody(request) })));

export const DELETE = apiKeyRoute<TParams>("admin", async ({ params }) => {
  await deleteEscalationPolicy(params.id);
  return new Response(null, { status: 204 });
});
