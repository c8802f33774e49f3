import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { updateTemplate } from "@/server/templates/custom/save-template";
import { deleteTemplate, getTemplate } from "@/server/templates/custom/template-queries";

type TParams = { key: string };

export const GET = apiKeyRoute<TParams>("notifications:read", async ({ params }) => Response.json(await getTemplate(params.key)));

/** Saves a new version; the body is the whole template (its key is the URL's). */
export const PUT = apiKeyRoute<TParams>("admin", async ({ request, params, apiKey }) => {
  const { key: _ignored, ...template } = (await readJsonBody(request)) as Record<string, unknown>;
  return Response.json(await updateTemplate({ key: params.key, input: template, actor: `api_key:${apiKey.name}` }));
});

export const DELETE = apiKeyRoute<TParams>("admin", async ({ params }) => {
  await deleteTemplate(params.key);
  return new Response(null, { status: 204 });
});
