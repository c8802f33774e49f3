import { db, type Channel } from "@/server/db/client";
import { validateDestinationUrl } from "@/server/channels/http/validate-destination-url";
import { ZE164PhoneNumber } from "@/server/channels/sms/e164";
import { encryptSecret } from "@/server/crypto/secret-box";
import { adhocDestinationKey, organisationChannelKey, personalChannelKey } from "@/server/delivery/destination-key";
import { loadChannelDestination } from "@/server/destinations/load-destination";
import { AppError, parseInput } from "@/server/errors/app-error";
import type { ZCreateNotificationRequest } from "./schemas";
import type { z } from "zod";

export const DESTINATION_CONTEXT = "notifications.destination";

export type TAddressing = {
  channel: Channel;
  recipientEmail: string | null;
  channelId: number | null;
  destinationEncrypted: string | null;
  /** Identifies the destination for circuits, pacing and the breaker; null for email (one SMTP server). */
  destinationKey: string | null;
};

/**
 * Decides, when a notification is created, exactly where it will go, and
 * refuses (400) what could never be delivered: an unknown channel name, a user
 * without that personal channel, a private or malformed URL.
 */
export async function resolveAddressing(request: z.output<typeof ZCreateNotificationRequest>): Promise<TAddressing> {
  const recipientEmail = request.recipient_email?.toLowerCase() ?? null;
  if (request.channel_name) {
    const named = await db().notificationChannel.findUnique({ where: { name: request.channel_name } });
    if (!named) throw fieldError("channel_name", `No channel named "${request.channel_name}"`);
    if (!named.enabled) throw fieldError("channel_name", `"${named.name}" is disabled; an admin can enable it under Channels`);
    if (request.channel && request.channel !== named.type) {
      throw fieldError("channel_name", `"${named.name}" is a ${named.type.toLowerCase()} channel, not ${request.channel.toLowerCase()}`);
    }
    // An SMS channel is a provider: the number comes with the request unless the channel has a default one.
    const phone = named.type === "SMS" && request.destination ? normaliseDestination("SMS", request.destination) : null;
    if (named.type === "SMS" && !phone && !(await loadChannelDestination(named.id).catch(() => null))) {
      throw fieldError("destination", `"${named.name}" has no default number: give the phone number as destination`);
    }
    return {
      channel: named.type,
      recipientEmail,
      channelId: named.id,
      destinationEncrypted: phone ? encryptSecret(phone, DESTINATION_CONTEXT) : null,
      destinationKey: organisationChannelKey(named.type, named.id),
    };
  }

  const channel = request.channel ?? "EMAIL";
  if (channel === "EMAIL") return { channel, recipientEmail, channelId: null, destinationEncrypted: null, destinationKey: null };

  if (request.destination) {
    const destination = normaliseDestination(channel, request.destination);
    return {
      channel,
      recipientEmail,
      channelId: null,
      destinationEncrypted: encryptSecret(destination, DESTINATION_CONTEXT),
      destinationKey: adhocDestinationKey(channel, destination),
    };
  }

  const user = recipientEmail ? await db().user.findUnique({ where: { email: recipientEmail }, include: { preferences: true } }) : null;
  if (!user?.preferences || !hasPersonalChannel(user.preferences, channel)) {
    throw fieldError("recipient_email", `${recipientEmail} has no personal ${channel.toLowerCase()} channel; give destination or channel_name`);
  }
  return { channel, recipientEmail, channelId: null, destinationEncrypted: null, destinationKey: personalChannelKey(channel, user.id) };
}

function normaliseDestination(channel: Channel, destination: string): string {
  if (channel === "SMS") return parseInput(ZE164PhoneNumber, destination);
  if (channel === "WEBHOOK") {
    throw fieldError("destination", "Webhooks need a saved channel, which holds their signing secret: use channel_name");
  }
  try {
    return validateDestinationUrl(destination).toString();
  } catch (error) {
    throw error instanceof AppError ? fieldError("destination", error.message) : error;
  }
}

type TPreferences = { slackEnabled: boolean; slackWebhookUrl: string | null; teamsEnabled: boolean; teamsWebhookUrl: string | null; webhookEnabled: boolean; customWebhookUrl: string | null; smsEnabled: boolean; phoneNumber: string | null };

function hasPersonalChannel(preferences: TPreferences, channel: Channel): boolean {
  switch (channel) {
    case "SLACK":
      return preferences.slackEnabled && Boolean(preferences.slackWebhookUrl);
    case "TEAMS":
      return preferences.teamsEnabled && Boolean(preferences.teamsWebhookUrl);
    case "WEBHOOK":
      return preferences.webhookEnabled && Boolean(preferences.customWebhookUrl);
    case "SMS":
      return preferences.smsEnabled && Boolean(preferences.phoneNumber);
    default:
      return false;
  }
}

function fieldError(field: string, message: string): AppError {
  return new AppError("BAD_REQUEST", `${field}: ${message}`, { fieldErrors: { [field]: [message] } });
}
