import type { TChannelDestination } from "./channel-destination";
import type { TChannelMessage } from "./channel-message";
import type { THttpDeliveryOptions } from "./deliver-over-http";
import type { TDeliveryResult } from "./delivery-result";
import { sendSlack } from "./slack/send-slack";
import { sendSms } from "./sms/send-sms";
import { sendTeams } from "./teams/send-teams";
import type { TWebhookEvent } from "./webhook/build-webhook-payload";
import { sendWebhook } from "./webhook/send-webhook";

export type TSendToChannelOptions = THttpDeliveryOptions & {
  /** "test" for the "Send test" button: webhooks label and identify such sends differently. */
  event: TWebhookEvent;
};

/**
 * Sends one message to one chat, webhook or SMS destination and says what happened. Pure
 * transport: it never retries and never touches the database; the delivery task records the
 * result and decides, once for every channel, whether and when to try again.
 */
export function sendToChannel(message: TChannelMessage, destination: TChannelDestination, options: TSendToChannelOptions): Promise<TDeliveryResult> {
  switch (destination.channel) {
    case "SLACK":
      return sendSlack(message, destination, options);
    case "TEAMS":
      return sendTeams(message, destination, options);
    case "WEBHOOK":
      return sendWebhook(message, destination, options);
    case "SMS":
      return sendSms(message, destination, options);
  }
}
