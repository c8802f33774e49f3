import { apiKeyRoute } from "@/server/api/rest";
import { acknowledgeIncident } from "@/server/incidents/close-incident";
import { toIncidentView } from "@/server/incidents/incident-view";

export const POST = apiKeyRoute<{ id: string }>("notifications:write", async ({ params, apiKey }) =>
  Response.json(toIncidentView(await acknowledgeIncident({ id: params.id, actor: `API key ${apiKey.name}`, via: "the API" }))),
);
