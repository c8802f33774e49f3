import { Prisma, type Notification } from "@/server/db/client";
import { firstDeliveryJobCall } from "@/server/delivery/enqueue-delivery";

export type TNewNotification = Pick<
  Notification,
  "channel" | "recipientEmail" | "channelId" | "destinationEncrypted" | "destinationKey" | "subject" | "body" | "notificationType" | "priority" | "jobRunId" | "apiKeyId" | "idempotencyKey"
> & { metadata: Prisma.InputJsonObject };

type TNotificationRow = {
  id: number;
  recipient_email: string | null;
  channel: Notification["channel"];
  channel_id: number | null;
  destination_encrypted: string | null;
  destination_key: string | null;
  subject: string;
  body: string;
  notification_type: string;
  priority: Notification["priority"];
  status: Notification["status"];
  job_run_id: string | null;
  metadata: Prisma.JsonValue;
  api_key_id: number | null;
  idempotency_key: string | null;
  retry_count: number;
  error_message: string | null;
  sent_at: Date | null;
  provider_message_id: string | null;
  next_attempt_at: Date | null;
  last_error_type: string | null;
  created_at: Date;
  updated_at: Date;
};

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

function notificationFromRow(row: TNotificationRow): Notification {
  return {
    id: row.id,
    recipientEmail: row.recipient_email,
    channel: row.channel,
    channelId: row.channel_id,
    destinationEncrypted: row.destination_encrypted,
    destinationKey: row.destination_key,
    subject: row.subject,
    body: row.body,
    notificationType: row.notification_type,
    priority: row.priority,
    status: row.status,
    jobRunId: row.job_run_id,
    metadata: row.metadata,
    apiKeyId: row.api_key_id,
    idempotencyKey: row.idempotency_key,
    retryCount: row.retry_count,
    errorMessage: row.error_message,
    sentAt: row.sent_at,
    providerMessageId: row.provider_message_id,
    nextAttemptAt: row.next_attempt_at,
    lastErrorType: row.last_error_type,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
