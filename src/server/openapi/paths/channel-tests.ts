import { CHANNEL_KIND_LABEL, type TChannelKind } from "@/server/destinations/channel-kind";
import { ZChannelTestResult } from "@/server/destinations/channel-test-result";
import { ZTestRequest } from "@/server/destinations/test-request-schema";
import type { TApiRoute } from "../api-route";

const EXAMPLES: Record<TChannelKind, { body: Record<string, unknown>; destination: string; status: number; response: string }> = {
  slack: { body: { webhook_url: "https://hooks.slack.com/services/T000/B000/XXXX" }, destination: "https://hooks.slack.com/services/T000/…", status: 200, response: "ok" },
  teams: { body: { webhook_url: "https://prod-01.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke" }, destination: "https://prod-01.westeurope.logic.azure.com/…", status: 202, response: "" },
  webhook: { body: { url: "https://hooks.example.com/notify", secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }, destination: "https://hooks.example.com/…", status: 200, response: '{"received":true}' },
  sms: { body: { to: "+14155550123" }, destination: "+1415•••0123", status: 201, response: "queued" },
};

function testRoute(kind: TChannelKind): TApiRoute {
  const example = EXAMPLES[kind];
  return {
    method: "post",
    path: `/api/v1/notification/test/${kind}`,
    tag: "Channel tests",
    summary: `Send a test ${CHANNEL_KIND_LABEL[kind]} message`,
    description:
      "Sends a real test message to the destination in the body, to the organisation channel `channel_name` / `channel_id`, or (empty body) to the saved one, and answers the receiver's status, latency and reply. A failing receiver is the answer with its diagnosis, not an error." +
      (kind === "sms" ? " Tests to a typed-in number: 5 per 10 minutes per API key (429 beyond)." : ""),
    access: { scopes: ["notifications:write"] },
    body: { schema: ZTestRequest[kind], example: example.body, optional: true },
    response: {
      status: 200,
      description: "The receiver's answer",
      body: {
        schema: ZChannelTestResult,
        example: { ok: true, channel: kind, scope: "given", channel_name: null, destination: example.destination, status: example.status, latency_ms: 183, response: example.response, diagnosis: "ok", error_type: null },
      },
    },
    errors: [400, 404, 429],
  };
}

export const channelTestRoutes: TApiRoute[] = (["slack", "teams", "webhook", "sms"] as const).map(testRoute);
