import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import type { TChannelKind } from "@/server/destinations/channel-kind";
import { testChannel } from "@/server/destinations/test-channel";

/**
 * POST /api/v1/notification/test/<channel>: sends a real test message to the
 * given or saved destination. 200 with the receiver's answer or the diagnosis
 * (a failing receiver is the answer, not an error); 400 names a bad field.
 */
export function testChannelRoute(channel: TChannelKind) {
  return apiKeyRoute("notifications:write", async ({ request, apiKey }) => {
    const body = await readJsonBody(request);
    return Response.json(await testChannel({ channel, body, user: null, sentBy: `API key "${apiKey.name}"` }));
  });
}
