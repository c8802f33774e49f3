import { z } from "zod";
import { db, type IntegrationDelivery } from "@/server/db/client";
import type { TAlertReceiver } from "./alert-receivers";

/** Payloads kept per receiver: enough to see what a misconfigured sender is doing, never a growing table. */
export const INTEGRATION_DELIVERIES_KEPT = 200;
/** The stored copy of a payload is cut here: the events hold what matters, this is for reading. */
export const INTEGRATION_PAYLOAD_KEPT_BYTES = 16 * 1024;

export type TDeliveryRecord = {
  receiver: TAlertReceiver;
  status: "ACCEPTED" | "REJECTED";
  alertCount: number;
  repeatedCount: number;
  eventIds: string[];
  error: string | null;
  warnings: string[];
  sentBy: string;
  payload: string;
};

/** Records one payload received and drops that receiver's oldest beyond INTEGRATION_DELIVERIES_KEPT. */
export async function recordIntegrationDelivery(record: TDeliveryRecord, now: Date): Promise<void> {
  const cut = Buffer.byteLength(record.payload) > INTEGRATION_PAYLOAD_KEPT_BYTES;
  const payload = cut ? Buffer.from(record.payload).subarray(0, INTEGRATION_PAYLOAD_KEPT_BYTES).toString("utf8").replace(/\uFFFD$/, "") : record.payload;
  await db().$transaction([
    db().integrationDelivery.create({ data: { ...record, payload, payloadCut: cut, receivedAt: now } }),
    db().$executeRaw`
      delete from integration_deliveries where receiver = ${record.receiver} and id <= (
        select id from integration_deliveries where receiver = ${record.receiver} order by id desc offset ${INTEGRATION_DELIVERIES_KEPT} limit 1)`,
  ]);
}

export const ZIntegrationDeliveryView = z.object({
  id: z.number(),
  received_at: z.string(),
  status: z.enum(["accepted", "rejected"]),
  alert_count: z.number(),
  repeated_count: z.number(),
  event_ids: z.array(z.string()),
  error: z.string().nullable(),
  warnings: z.array(z.string()),
  sent_by: z.string(),
  payload: z.string(),
  payload_cut: z.boolean(),
});
export type TIntegrationDeliveryView = z.infer<typeof ZIntegrationDeliveryView>;

export function toIntegrationDeliveryView(row: IntegrationDelivery): TIntegrationDeliveryView {
  return {
    id: row.id,
    received_at: row.receivedAt.toISOString(),
    status: row.status === "ACCEPTED" ? "accepted" : "rejected",
    alert_count: row.alertCount,
    repeated_count: row.repeatedCount,
    event_ids: row.eventIds,
    error: row.error,
    warnings: row.warnings,
    sent_by: row.sentBy,
    payload: row.payload,
    payload_cut: row.payloadCut,
  };
}

export async function listIntegrationDeliveries(receiver: TAlertReceiver, limit: number): Promise<TIntegrationDeliveryView[]> {
  const rows = await db().integrationDelivery.findMany({ where: { receiver }, orderBy: { id: "desc" }, take: limit });
  return rows.map(toIntegrationDeliveryView);
}
