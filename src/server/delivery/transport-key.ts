import type { Notification } from "@/server/db/client";

/**
 * The destination a notification's delivery depends on, as a circuit key.
 * Email shares one SMTP server; other channels get one key per destination.
 */
export function transportKeyFor(notification: Pick<Notification, "channel">): string {
  return notification.channel === "EMAIL" ? "smtp" : notification.channel.toLowerCase();
}
