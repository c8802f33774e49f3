import type { Channel } from "@/server/db/client";

/*
 * A destination key names where a chat, webhook or SMS notification goes —
 * for circuits, pacing and the breaker — without its secret: one of
 * "<channel>:channel:<organisation channel id>", "<channel>:user:<user id>"
 * (a personal channel) or "<channel>:adhoc:<hash of the URL or number>".
 * Email has none (one SMTP server for all).
 */

export function organisationChannelKey(type: Channel, channelId: number): string {
  return `${type.toLowerCase()}:channel:${channelId}`;
}

export function personalChannelKey(channel: Channel, userId: number): string {
  return `${channel.toLowerCase()}:user:${userId}`;
}

export function adhocDestinationKey(channel: Channel, hash: string): string {
  return `${channel.toLowerCase()}:adhoc:${hash}`;
}

export function isOrganisationChannelKey(key: string | null): boolean {
  return key !== null && /^[a-z]+:channel:\d+$/.test(key);
}

/** The user whose personal channel the key names, or null. */
export function personalChannelOwner(key: string | null): number | null {
  return Number(key?.match(/^[a-z]+:user:(\d+)$/)?.[1]) || null;
}
