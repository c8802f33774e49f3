import { appUrl } from "@/env";
import { db, type Notification } from "@/server/db/client";
import type { TChannelDestination } from "@/server/channels/channel-destination";
import { toChannelMessage } from "@/server/channels/channel-message";
import type { TDeliveryResult } from "@/server/channels/delivery-result";
import { sendToChannel } from "@/server/channels/send-to-channel";
import { decryptSecret } from "@/server/crypto/secret-box";
import { loadChannelDestination, loadPersonalDestination, loadSmsProvider } from "@/server/destinations/load-destination";
import { DESTINATION_CONTEXT } from "@/server/notifications/resolve-addressing";
import { applyCustomTemplate } from "@/server/templates/custom/apply-custom-template";
import { currentBrand } from "@/server/templates/custom/branding";
import { ackLinkFor } from "@/server/incidents/ack-link";
import type { TTemplateChannel } from "@/server/templates/custom/template-input-schema";
import { isOrganisationChannelKey } from "./destination-key";

const CUSTOM_CHANNEL: Record<Notification["channel"], TTemplateChannel> = { EMAIL: "email", SLACK: "slack", TEAMS: "teams", WEBHOOK: "webhook", SMS: "sms" };

/** Formats the notification for its chat, webhook or SMS destination and sends it there. */
export async function sendAsChannelMessage(notification: Notification): Promise<TDeliveryResult> {
  if (notification.channelId) {
    const channel = await db().notificationChannel.findUnique({ where: { id: notification.channelId }, select: { name: true, enabled: true } });
    if (channel && !channel.enabled) {
      return { ok: false, retryable: false, errorType: "channel_disabled", response: `The organisation channel "${channel.name}" is disabled: enable it, then retry this notification` };
    }
  }
  const destination = await resolveDestination(notification);
  if (!destination) {
    return { ok: false, retryable: false, errorType: "no_destination", response: `The ${notification.channel.toLowerCase()} destination of this notification no longer exists` };
  }
  const [brand, custom] = await Promise.all([currentBrand(), applyCustomTemplate(notification, CUSTOM_CHANNEL[notification.channel])]);
  const message = {
    ...toChannelMessage(notification, appUrl()),
    productName: brand.productName,
    custom: custom && custom.channel !== "email" ? custom : undefined,
    ackUrl: notification.incidentId ? ackLinkFor(notification.id) : undefined,
  };
  return sendToChannel(message, destination, { event: "created" });
}

/**
 * Secrets are decrypted here, at send time, and live only in memory. A
 * notification for an organisation channel goes there or nowhere: once the
 * channel is deleted (channel_id set null) it must not fall through to the
 * recipient's personal channel.
 */
async function resolveDestination(notification: Notification): Promise<TChannelDestination | null> {
  const target = notification.destinationEncrypted ? decryptSecret(notification.destinationEncrypted, DESTINATION_CONTEXT) : null;
  // A named SMS channel may carry the number with the notification.
  if (notification.channelId) return loadChannelDestination(notification.channelId, target ? { to: target } : {});
  if (isOrganisationChannelKey(notification.destinationKey)) return null;
  if (target) {
    switch (notification.channel) {
      case "SLACK":
      case "TEAMS":
        return { channel: notification.channel, url: target };
      case "SMS": {
        const provider = await loadSmsProvider();
        return provider ? { channel: "SMS", to: target, provider } : null;
      }
      default:
        return null;
    }
  }
  return notification.recipientEmail ? loadPersonalDestination(notification.recipientEmail, notification.channel) : null;
}
