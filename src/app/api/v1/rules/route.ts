import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { listRules } from "@/server/rules/list-rules";
import { createRule } from "@/server/rules/save-rule";

export const GET = apiKeyRoute("admin", async () => Response.json({ data: await listRules() }));

export const POST = apiKeyRoute("admin", async ({ request }) => Response.json(await createRule({ input: await readJsonBody(request), actorId: null }), { status: 201 }));
