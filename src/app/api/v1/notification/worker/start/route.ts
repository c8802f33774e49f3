import { apiKeyRoute } from "@/server/api/rest";
import { setDeliveryPaused } from "@/server/delivery/worker-control";

/** Resumes sending on every worker. */
export const POST = apiKeyRoute("admin", async ({ apiKey }) => Response.json(await setDeliveryPaused(false, `API key ${apiKey.name}`)));
