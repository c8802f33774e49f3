import { apiKeyRoute } from "@/server/api/rest";
import { getIncident } from "@/server/incidents/incident-queries";

export const GET = apiKeyRoute<{ id: string }>("notifications:read", async ({ params }) => Response.json(await getIncident(params.id)));
