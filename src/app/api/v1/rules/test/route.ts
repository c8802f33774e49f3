import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { testRule } from "@/server/rules/test-rule";

export const POST = apiKeyRoute("admin", async ({ request }) => Response.json(await testRule(await readJsonBody(request))));
