import type { Notification } from "@/server/db/client";

/**
 * A Message-ID derived from the notification, identical on every resend, so
 * mail clients and servers can recognise a duplicate caused by a crashed worker.
 */
export function messageIdFor(notification: Pick<Notification, "id" | "createdAt">, from: string): string {
  const domain = from.match(/@([^>\s]+)>?\s*$/)?.[1] ?? "opsconductor.local";
  return `<notification-${notification.id}.${notification.createdAt.getTime()}@${domain}>`;
}
