import { db } from "@/server/db/client";

export type TNotificationCounts = { channel: string; type: string; created: number; sent: number; failed: number; dead: number };

/**
 * Notifications by channel and type: every one ever created, and those now
 * sent, failed and dead. A SENT notification stays SENT, so `sent` only grows;
 * `failed` and `dead` shrink when an operator requeues or discards from the
 * dead-letter queue (README "Monitoring with Prometheus" says how to alert).
 */
export async function countNotifications(): Promise<TNotificationCounts[]> {
  return db().$queryRaw<TNotificationCounts[]>`
    select lower(channel::text) as channel, notification_type as type,
           count(*)::float8 as created,
           count(*) filter (where status = 'SENT')::float8 as sent,
           count(*) filter (where status = 'FAILED')::float8 as failed,
           count(*) filter (where status = 'DEAD')::float8 as dead
      from notifications
     group by channel, notification_type
     order by channel, notification_type`;
}
