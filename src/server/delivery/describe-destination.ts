import { db, type Notification } from "@/server/db/client";
import { decryptSecret, maskSecret } from "@/server/crypto/secret-box";
import { DESTINATION_CONTEXT } from "@/server/notifications/resolve-addressing";
import { personalChannelOwner } from "./destination-key";
import type { TDestinationInfo } from "./destination-state";

/** Who owns a notification's destination and how to name it to people, without revealing secrets. */
export async function describeDestination(notification: Pick<Notification, "channel" | "channelId" | "destinationKey" | "destinationEncrypted" | "recipientEmail">): Promise<TDestinationInfo> {
  const channel = notification.channel;
  const kind = channel.charAt(0) + channel.slice(1).toLowerCase();
  if (notification.channelId) {
    const named = await db().notificationChannel.findUnique({ where: { id: notification.channelId } });
    return { channel, label: `${kind} channel "${named?.name ?? notification.channelId}"`, channelId: notification.channelId, ownerUserId: null, perMinute: named?.rateLimitPerMinute };
  }
  const ownerUserId = personalChannelOwner(notification.destinationKey);
  if (ownerUserId) return { channel, label: `${notification.recipientEmail}'s personal ${kind}`, channelId: null, ownerUserId };
  const target = notification.destinationEncrypted ? decryptSecret(notification.destinationEncrypted, DESTINATION_CONTEXT) : "";
  return { channel, label: `${kind} destination ${maskTarget(target)}`, channelId: null, ownerUserId: null };
}

function maskTarget(target: string): string {
  if (!target.includes("://")) return maskSecret(target) ?? "";
  const url = new URL(target);
  return `${url.protocol}//${url.host}/${maskSecret(url.pathname + url.search) ?? ""}`;
}
