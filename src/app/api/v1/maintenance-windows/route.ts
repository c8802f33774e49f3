import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { apiKeyActor } from "@/server/maintenance/maintenance-actor";
import { createMaintenanceWindow, listMaintenanceWindows } from "@/server/maintenance/maintenance-windows";

export const GET = apiKeyRoute(["maintenance:read", "maintenance:write"], async ({ request }) => {
  const query = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ""));
  return Response.json({ data: await listMaintenanceWindows(query) });
});

export const POST = apiKeyRoute("maintenance:write", async ({ request, apiKey }) =>
  Response.json(await createMaintenanceWindow({ input: await readJsonBody(request), actor: apiKeyActor(apiKey) }), { status: 201 }),
);
