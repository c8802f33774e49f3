import type { TChannelDestination, TSmsProvider } from "@/server/channels/channel-destination";
import { db, type Channel } from "@/server/db/client";
import { openChannelConfig } from "./channel-config";
import { toChannelKind, type TDestinationChannel } from "./channel-kind";
import { findSmsProvider } from "./find-sms-provider";
import { isPersonalChannelEnabled, personalDestination } from "./personal-destination";
import { toChannelDestination } from "./to-channel-destination";

/*
 * What the delivery core calls to learn where a notification goes. Every
 * destination comes back with its secrets decrypted: keep it in memory only.
 * None of these look at the breaker (destination_states); the caller does.
 */

/**
 * Organisation channel `channelId` as the adapters take it, or null when it no
 * longer exists. It does not check `enabled`. For SMS, `to` replaces the
 * channel's default recipient; with neither it throws AppError BAD_REQUEST.
 */
export async function loadChannelDestination(channelId: number, options: { to?: string } = {}): Promise<TChannelDestination | null> {
  const row = await db().notificationChannel.findUnique({ where: { id: channelId } });
  if (!row || row.type === "EMAIL") return null;
  return toChannelDestination(openChannelConfig(row.configEncrypted), { to: options.to, name: row.name });
}

/**
 * The personal destination the user `userEmail` saved on "My channels", or
 * null when the user is unknown, has none for `channel` or switched it off.
 * SMS goes to the user's number through loadSmsProvider()'s provider; with no
 * provider it throws AppError NOT_FOUND.
 */
export async function loadPersonalDestination(userEmail: string, channel: Channel): Promise<TChannelDestination | null> {
  if (channel === "EMAIL") return null;
  const kind = toChannelKind(channel);
  const user = await db().user.findUnique({ where: { email: userEmail.toLowerCase() }, include: { preferences: true } });
  if (!user?.preferences || !isPersonalChannelEnabled(user.preferences, kind)) return null;
  return personalDestination(user.preferences, kind);
}

/** The SMS provider for numbers without a channel of their own: the first enabled organisation SMS channel's, or null. */
export async function loadSmsProvider(): Promise<TSmsProvider | null> {
  return (await findSmsProvider())?.provider ?? null;
}

export type TChannelSummary = { id: number; name: string; channel: TDestinationChannel; enabled: boolean; rateLimitPerMinute: number };

/** The organisation channel of exactly that name (the REST API's `channel_name`), or null. */
export async function findChannelByName(name: string): Promise<TChannelSummary | null> {
  const row = await db().notificationChannel.findUnique({ where: { name } });
  if (!row || row.type === "EMAIL") return null;
  return { id: row.id, name: row.name, channel: row.type, enabled: row.enabled, rateLimitPerMinute: row.rateLimitPerMinute };
}
