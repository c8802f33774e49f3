import { createHmac } from "node:crypto";
import { derivedKey } from "@/server/crypto/derived-key";
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

/**
 * An ad-hoc destination (a phone number, a webhook URL given with the request)
 * is named by a keyed hash: a plain SHA-256 of a phone number is reversed by
 * hashing every number of a country in minutes. The key is derived from
 * NOTIFY_ENCRYPTION_KEY, so the fingerprints change with it (only pacing and
 * breaker state of ad-hoc destinations start afresh after a key change).
 */
export function adhocDestinationKey(channel: Channel, destination: string): string {
  return `${channel.toLowerCase()}:adhoc:${createHmac("sha256", derivedKey("destination fingerprint")).update(destination).digest("hex").slice(0, 32)}`;
}

export function isOrganisationChannelKey(key: string | null): boolean {
  return key !== null && /^[a-z]+:channel:\d+$/.test(key);
}

/** The user whose personal channel the key names, or null. */
export function personalChannelOwner(key: string | null): number | null {
  return Number(key?.match(/^[a-z]+:user:(\d+)$/)?.[1]) || null;
}
