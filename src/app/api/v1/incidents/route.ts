import { apiKeyRoute } from "@/server/api/rest";
import { listIncidents } from "@/server/incidents/incident-queries";

export const GET = apiKeyRoute("notifications:read", async ({ request }) => {
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ""));
  return Response.json(await listIncidents(params));
});
