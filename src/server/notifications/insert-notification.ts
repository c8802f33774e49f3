import { Prisma, type Notification } from "@/server/db/client";
import { firstDeliveryJobCall } from "@/server/delivery/enqueue-delivery";
import { notificationFromRow, type TNotificationRow } from "./notification-row";

export type TNewNotification = Pick<
  Notification,
  "channel" | "recipientEmail" | "channelId" | "destinationEncrypted" | "destinationKey" | "subject" | "body" | "notificationType" | "priority" | "jobRunId" | "apiKeyId" | "idempotencyKey"
> & { metadata: Prisma.InputJsonObject };


/**
 * Inserts a notification and queues its first delivery job in one statement:
 * one round trip, and both exist or neither does, also outside a transaction.
 * Returns null when the API key already used the idempotency key (the caller
 * replays the first notification).
 */
export async function insertNotificationWithDelivery(sql: Pick<Prisma.TransactionClient, "$queryRaw">, data: TNewNotification): Promise<Notification | null> {
  const now = new Date();
  const [row] = await sql.$queryRaw<TNotificationRow[]>`
    with created as (
      insert into notifications (recipient_email, channel, channel_id, destination_encrypted, destination_key, subject, body,
                                 notification_type, priority, job_run_id, metadata, api_key_id, idempotency_key, created_at, updated_at)
      values (${data.recipientEmail}, ${data.channel}::"Channel", ${data.channelId}::int, ${data.destinationEncrypted}, ${data.destinationKey},
              ${data.subject}, ${data.body}, ${data.notificationType}, ${data.priority}::"Priority", ${data.jobRunId}, ${JSON.stringify(data.metadata)}::jsonb,
              ${data.apiKeyId}::int, ${data.idempotencyKey}, ${now}::timestamp, ${now}::timestamp)
      on conflict (api_key_id, idempotency_key) do nothing
      returning *
    ), queued as (
      select ${firstDeliveryJobCall(data, Prisma.sql`created`)} from created
    )
    select created.* from created, queued`;
  return row ? notificationFromRow(row) : null;
}
