import { env } from "@/env";
import type { TNewNotification } from "@/server/notifications/insert-notification";
import { formatWindow } from "./fold-window";

type TDestination = Pick<TNewNotification, "channel" | "channelId" | "recipientEmail" | "destinationKey" | "recipientUserId">;
export type TDeliveryBudget = { key: string; limit: number; windowMs: number; label: string };

/**
 * Who receives it, as one key: a person on one channel (all their email
 * together, whichever rule sent it), an organisation channel, or a bare
 * address. Budgets and summaries are per destination.
 */
export function destinationOf(notification: TDestination): string {
  if (notification.recipientUserId != null) return `user:${notification.recipientUserId}:${notification.channel}`;
  if (notification.channelId != null) return `channel:${notification.channelId}`;
  return `${notification.channel}:${(notification.recipientEmail ?? notification.destinationKey ?? "").toLowerCase()}`;
}

/** The budget a notification spends (RATE_LIMIT_*), or null where no limit is configured. */
export function destinationBudget(notification: TDestination): TDeliveryBudget | null {
  const config = env();
  const organisation = notification.recipientUserId == null && notification.channelId != null;
  const budget = organisation
    ? config.RATE_LIMIT_ORG_CHANNEL
    : notification.channel === "EMAIL"
      ? config.RATE_LIMIT_EMAIL
      : notification.channel === "SMS"
        ? config.RATE_LIMIT_SMS
        : config.RATE_LIMIT_CHAT;
  if (!budget) return null;
  return { key: destinationOf(notification), ...budget, label: `${organisation ? "channel" : "recipient"} ${budget.limit}/${formatWindow(budget.windowMs)}` };
}
