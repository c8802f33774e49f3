import { attachmentLimits, maxRequestBytes } from "@/server/attachments/attachment-limits";
import { readNotificationRequest } from "@/server/attachments/read-notification-request";
import { ingestEvents } from "@/server/events/ingest-events";
import { EVENTS_MAX_REQUEST_BYTES, readEventRequest } from "@/server/events/read-event-request";
import { peekJsonBody } from "@/server/http/peek-json-body";
import { createNotification } from "@/server/notifications/create-notification";
import { chargeApiKey } from "@/server/rate-limits/api-key-rate-limit";
import { toAttachmentResource, toNotificationResource } from "@/server/notifications/notification-resource";

/**
 * The answers of POST /api/v1/notifications and POST /api/v1/events, shared
 * with the service-to-service route so all three answer alike.
 */
export async function submitNotification(request: Request, apiKeyId: number | null): Promise<Response> {
  const { body, attachments: uploads } = await readNotificationRequest(request);
  const { notification, created, attachments, decision } = await createNotification({
    input: body,
    attachments: uploads,
    apiKeyId: apiKeyId ?? undefined,
    idempotencyKey: request.headers.get("idempotency-key"),
  });
  const why = decision ? { decision: { outcome: decision.outcome.toLowerCase(), reason: decision.reason } } : {};
  return Response.json({ ...toNotificationResource(notification), attachments: attachments.map(toAttachmentResource), ...why }, {
    status: 202,
    headers: created ? {} : { "Idempotent-Replayed": "true" },
  });
}

export async function submitEvents(request: Request, apiKeyId: number | null): Promise<Response> {
  const { events, batch } = await readEventRequest(request);
  // apiKeyRoute charged the request; a batch of N costs N, refused whole before anything is stored.
  if (apiKeyId !== null) await chargeApiKey({ id: apiKeyId }, events.length - 1, { alreadyPaid: 1 });
  const { ids, replayed } = await ingestEvents({ events, apiKeyId });
  const headers = replayed.every(Boolean) ? { "Idempotent-Replayed": "true" } : undefined;
  return Response.json(batch ? { ids, status: "received" } : { id: ids[0], status: "received" }, { status: 202, headers });
}

/** An event body has a `type` (or is a batch of `events`); anything else is a notification. */
export async function isEventBody(request: Request): Promise<boolean> {
  if (!/json/i.test(request.headers.get("content-type") ?? "json")) return false;
  // Within the larger of the two routes' limits; the handler chosen applies its own.
  const body = await peekJsonBody(request, Math.max(EVENTS_MAX_REQUEST_BYTES, maxRequestBytes(attachmentLimits())));
  return typeof body === "object" && body !== null && ("type" in body || "events" in body);
}
