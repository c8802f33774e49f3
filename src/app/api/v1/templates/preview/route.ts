import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { previewTemplate } from "@/server/templates/custom/preview-template";

export const POST = apiKeyRoute("notifications:read", async ({ request }) => Response.json(await previewTemplate(await readJsonBody(request))));
