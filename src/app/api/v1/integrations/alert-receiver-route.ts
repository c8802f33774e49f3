import { apiKeyRoute } from "@/server/api/rest";
import { formatBytes } from "@/server/attachments/format-bytes";
import { AppError } from "@/server/errors/app-error";
import { EVENTS_MAX_REQUEST_BYTES } from "@/server/events/read-event-request";
import { readLimitedBody } from "@/server/http/read-limited-body";
import type { TAlertReceiver } from "@/server/integrations/alert-receivers";
import { receiveAlerts } from "@/server/integrations/receive-alerts";

type TRouteContext = { params: Promise<Record<string, string>> };

/**
 * POST handler of one monitoring receiver: the API key (scope events:write)
 * as a bearer token or, since not every sender can set a header, as the
 * password of HTTP basic auth; 202 with the events' ids.
 */
export function alertReceiverRoute(receiver: TAlertReceiver) {
  const route = apiKeyRoute("events:write", async ({ request, apiKey }) => {
    const body = await readLimitedBody(request, EVENTS_MAX_REQUEST_BYTES, () => new AppError("PAYLOAD_TOO_LARGE", `Payload is larger than ${formatBytes(EVENTS_MAX_REQUEST_BYTES)}; lower max_alerts`));
    const received = await receiveAlerts({ receiver, payload: body.toString("utf8"), apiKey, sentBy: `API key ${apiKey.name}` });
    return Response.json(received, { status: 202 });
  });
  return (request: Request, context: TRouteContext) => route(withBasicAsBearer(request), context);
}

/** `Authorization: Basic base64(user:key)` read as `Bearer key`: the user name is ignored. */
export function withBasicAsBearer(request: Request): Request {
  const encoded = request.headers.get("authorization")?.match(/^Basic\s+(\S+)$/i)?.[1];
  if (!encoded) return request;
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  const password = decoded.slice(decoded.indexOf(":") + 1);
  if (!decoded.includes(":") || !password) return request;
  const headers = new Headers(request.headers);
  headers.set("authorization", `Bearer ${password}`);
  return new Request(request, { headers });
}
