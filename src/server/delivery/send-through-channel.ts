import type { Notification } from "@/server/db/client";
import type { TDeliveryResult } from "@/server/channels/delivery-result";
import { sendAsChannelMessage } from "./send-as-channel-message";
import { sendAsEmail } from "./send-as-email";

/** The one switch from a notification to its channel's transport. */
export function sendThroughChannel(notification: Notification, options: { attachmentCount: number }): Promise<TDeliveryResult> {
  return notification.channel === "EMAIL" ? sendAsEmail(notification, options) : sendAsChannelMessage(notification);
}
