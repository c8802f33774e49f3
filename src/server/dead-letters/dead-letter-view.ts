import type { DeadLetter, Notification } from "@/server/db/client";

type TDeadNotification = Pick<Notification, "id" | "subject" | "recipientEmail" | "channel" | "notificationType" | "priority" | "createdAt">;

/** A dead letter as the Queue page shows it, in the notification resource's words (snake_case, lower-case enums). */
export type TDeadLetterView = {
  id: number;
  notification_id: number;
  error_type: string;
  error_message: string;
  retry_count: number;
  last_retry_at: string | null;
  /** When it entered the dead-letter queue. */
  created_at: string;
  notification: {
    id: number;
    subject: string;
    recipient_email: string | null;
    channel: string;
    notification_type: string;
    priority: string;
    created_at: string;
  };
};

export function toDeadLetterView(letter: DeadLetter & { notification: TDeadNotification }): TDeadLetterView {
  const { notification } = letter;
  return {
    id: letter.id,
    notification_id: letter.notificationId,
    error_type: letter.errorType,
    error_message: letter.errorMessage,
    retry_count: letter.retryCount,
    last_retry_at: letter.lastRetryAt?.toISOString() ?? null,
    created_at: letter.createdAt.toISOString(),
    notification: {
      id: notification.id,
      subject: notification.subject,
      recipient_email: notification.recipientEmail,
      channel: notification.channel.toLowerCase(),
      notification_type: notification.notificationType,
      priority: notification.priority.toLowerCase(),
      created_at: notification.createdAt.toISOString(),
    },
  };
}
