import { apiKeyRoute } from "@/server/api/rest";
import { apiKeyActor } from "@/server/maintenance/maintenance-actor";
import { endMaintenanceWindow } from "@/server/maintenance/maintenance-windows";

type TParams = { id: string };

export const POST = apiKeyRoute<TParams>("maintenance:write", async ({ params, apiKey }) => Response.json(await endMaintenanceWindow({ id: params.id, actor: apiKeyActor(apiKey) })));
