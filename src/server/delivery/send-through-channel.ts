import type { Notification } from "@/server/db/client";
import type { TDeliveryResult } from "@/server/channels/delivery-result";
import { sendAsEmail } from "./send-as-email";

/** The one switch from a notification to its channel's transport. */
export function sendThroughChannel(notification: Notification): Promise<TDeliveryResult> {
  switch (notification.channel) {
    case "EMAIL":
      return sendAsEmail(notification);
    default:
      return Promise.resolve({
        ok: false,
        retryable: false,
        errorType: "unsupported_channel",
        response: `The ${notification.channel.toLowerCase()} channel is not available`,
      });
  }
}
