import { apiKeyRoute } from "@/server/api/rest";
import { submitEvents } from "@/server/api/submit-responses";
import { listEvents } from "@/server/events/list-events";

export const POST = apiKeyRoute("events:write", ({ request, apiKey }) => submitEvents(request, apiKey.id));

export const GET = apiKeyRoute(["events:read", "notifications:read"], async ({ request }) => {
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ""));
  return Response.json(await listEvents(params));
});
