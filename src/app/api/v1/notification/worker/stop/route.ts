import { apiKeyRoute } from "@/server/api/rest";
import { setDeliveryPaused } from "@/server/delivery/worker-control";

/** Pauses sending on every worker; jobs stay queued and none is lost. */
export const POST = apiKeyRoute("admin", async ({ apiKey }) => Response.json(await setDeliveryPaused(true, `API key ${apiKey.name}`)));
