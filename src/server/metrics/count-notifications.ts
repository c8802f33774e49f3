import { db } from "@/server/db/client";

export type TNotificationCounts = { channel: string; type: string; created: number; failed: number; dead: number };

/**
 * Notifications by channel and type: every one ever created, and those now
 * failed and dead. `failed` and `dead` shrink when an operator requeues or
 * discards from the dead-letter queue (README "Monitoring with Prometheus"
 * says how to alert without being fooled by that). Sent ones are counted with
 * their latency (sent-notifications.ts).
 */
export async function countNotifications(): Promise<TNotificationCounts[]> {
  return db().$queryRaw<TNotificationCounts[]>`
    select lower(channel::text) as channel, notification_type as type,
           count(*)::float8 as created,
           count(*) filter (where status = 'FAILED')::float8 as failed,
           count(*) filter (where status = 'DEAD')::float8 as dead
      from notifications
     group by channel, notification_type`;
}
