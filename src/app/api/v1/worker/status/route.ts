import { apiKeyRoute } from "@/server/api/rest";
import { getWorkerStatus } from "@/server/delivery/worker-status";

export const GET = apiKeyRoute("notifications:read", async () => Response.json(await getWorkerStatus(), { headers: { "Cache-Control": "no-store" } }));
