import type { Notification } from "@/server/db/client";

/**
 * The destination a notification's delivery depends on, as a circuit key.
 * Email shares one SMTP server; other channels have their own destination key.
 */
export function transportKeyFor(notification: Pick<Notification, "destinationKey">): string {
  return notification.destinationKey ?? "smtp";
}
