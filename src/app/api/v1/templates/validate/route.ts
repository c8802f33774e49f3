import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { validateTemplateRequest } from "@/server/templates/custom/validate-template-request";

export const POST = apiKeyRoute("notifications:read", async ({ request }) => Response.json(await validateTemplateRequest(await readJsonBody(request))));
