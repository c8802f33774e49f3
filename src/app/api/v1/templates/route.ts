import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { createTemplate } from "@/server/templates/custom/save-template";
import { listTemplates } from "@/server/templates/custom/template-queries";

export const GET = apiKeyRoute("notifications:read", async () => Response.json({ data: await listTemplates() }));

export const POST = apiKeyRoute("admin", async ({ request, apiKey }) =>
  Response.json(await createTemplate({ input: await readJsonBody(request), actor: `api_key:${apiKey.name}` }), { status: 201 }),
);
