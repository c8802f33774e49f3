import { parseJsonBody } from "@/server/http/parse-json-body";
import { readLimitedBody } from "@/server/http/read-limited-body";
import { formatBytes } from "@/server/attachments/format-bytes";
import { AppError } from "@/server/errors/app-error";
import { parseEventRequest, type TEventRequest } from "./parse-event-request";

/** A batch of 1,000 events with log excerpts fits; anything larger is refused before it is read whole. */
export const EVENTS_MAX_REQUEST_BYTES = 8 * 1024 * 1024;

/** The events of POST /api/v1/events (one, or `{"events": [...]}`), validated. */
export async function readEventRequest(request: Request): Promise<TEventRequest> {
  const bytes = await readLimitedBody(
    request,
    EVENTS_MAX_REQUEST_BYTES,
    () => new AppError("PAYLOAD_TOO_LARGE", `Request body is larger than ${formatBytes(EVENTS_MAX_REQUEST_BYTES)}; send fewer events per request`),
  );
  return parseEventRequest(parseJsonBody(bytes.toString("utf8")), request.headers.get("idempotency-key"));
}
