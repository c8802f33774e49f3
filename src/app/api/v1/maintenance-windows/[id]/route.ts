import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { apiKeyActor } from "@/server/maintenance/maintenance-actor";
import { deleteMaintenanceWindow, getMaintenanceWindow, updateMaintenanceWindow } from "@/server/maintenance/maintenance-windows";

type TParams = { id: string };

export const GET = apiKeyRoute<TParams>(["maintenance:read", "maintenance:write"], async ({ params }) => Response.json(await getMaintenanceWindow(params.id)));

export const PATCH = apiKeyRoute<TParams>("maintenance:write", async ({ request, params, apiKey }) =>
  Response.json(await updateMaintenanceWindow({ id: params.id, patch: await readJsonBody(request), actor: apiKeyActor(apiKey) })),
);

export const DELETE = apiKeyRoute<TParams>("maintenance:write", async ({ params, apiKey }) => {
  await deleteMaintenanceWindow({ id: params.id, actor: apiKeyActor(apiKey) });
  return new Response(null, { status: 204 });
});
