import { z } from "zod";
import { AppError } from "@/server/errors/app-error";
import { ingestEvents } from "@/server/events/ingest-events";
import { parseJsonBody } from "@/server/http/parse-json-body";
import { chargeApiKey } from "@/server/rate-limits/api-key-rate-limit";
import { ALERT_RECEIVER_DEFINITIONS, type TAlertReceiver } from "./alert-receivers";
import { recordIntegrationDelivery } from "./integration-deliveries";

/** What a receiver answers (202): one event id per alert, in order; `repeated` of them were already known. */
export const ZAlertsReceived = z.object({
  status: z.literal("received"),
  ids: z.array(z.uuid()),
  alerts: z.number().int(),
  repeated: z.number().int(),
  warnings: z.array(z.string()),
});
export type TAlertsReceived = z.infer<typeof ZAlertsReceived>;

/**
 * One webhook payload of a monitoring tool: each alert becomes an event
 * through ingestEvents, exactly as if it had been posted to /api/v1/events,
 * and is routed by the same rules. A firing alert re-sent (Alertmanager's
 * repeat_interval) is the event already stored, told to nobody again; a
 * resolved one answers its firing one (see conditionOf). Every payload is
 * recorded for the Integrations page, the rejected ones with the 400's reason.
 */
export async function receiveAlerts(options: {
  receiver: TAlertReceiver;
  payload: string;
  /** The API key that sent it (charged one request per alert); null for a sample an admin sends. */
  apiKey: { id: number; name: string } | null;
  sentBy: string;
  now?: Date;
}): Promise<TAlertsReceived> {
  const { receiver, payload, apiKey, sentBy, now = new Date() } = options;
  const record = { receiver, payload, sentBy };
  let mapped;
  try {
    mapped = ALERT_RECEIVER_DEFINITIONS[receiver].map(parseJsonBody(payload));
  } catch (error) {
    if (error instanceof AppError && error.code === "BAD_REQUEST") {
      await recordIntegrationDelivery({ ...record, status: "REJECTED", alertCount: 0, repeatedCount: 0, eventIds: [], error: error.message, warnings: [] }, now);
    }
    throw error;
  }
  const { events, warnings } = mapped;
  // The route charged the request; like a batch of events, a payload of N alerts costs N.
  if (apiKey) await chargeApiKey(apiKey, events.length - 1, { alreadyPaid: 1 });
  const { ids, replayed } = events.length ? await ingestEvents({ events, apiKeyId: apiKey?.id ?? null, now }) : { ids: [], replayed: [] };
  const repeated = replayed.filter(Boolean).length;
  await recordIntegrationDelivery({ ...record, status: "ACCEPTED", alertCount: events.length, repeatedCount: repeated, eventIds: ids, error: null, warnings }, now);
  return { status: "received", ids, alerts: events.length, repeated, warnings };
}
