import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { listEscalationPolicies, saveEscalationPolicy } from "@/server/incidents/escalation-policies";

export const GET = apiKeyRoute("admin", async () => Response.json({ data: await listEscalationPolicies() }));

export const POST = apiKeyRoute("admin", async ({ request }) => Response.json(await saveEscalationPolicy({ input: await readJsonBody(request) }), { status: 201 }));
