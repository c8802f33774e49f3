import { apiKeyRoute } from "@/server/api/rest";
import { getEvent } from "@/server/events/get-event";

export const GET = apiKeyRoute<{ id: string }>(["events:read", "notifications:read"], async ({ params }) => Response.json(await getEvent(params.id)));
