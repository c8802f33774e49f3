import type { TSmsProvider } from "@/server/channels/channel-destination";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { openChannelConfig } from "./channel-config";
import { toSmsProvider } from "./to-channel-destination";

/** Personal numbers have no provider of their own: they go through the organisation's first enabled SMS channel. */
export async function findSmsProvider(): Promise<{ channelName: string; provider: TSmsProvider } | null> {
  const row = await db().notificationChannel.findFirst({ where: { type: "SMS", enabled: true }, orderBy: { id: "asc" } });
  if (!row) return null;
  const config = openChannelConfig(row.configEncrypted);
  return config.type === "sms" ? { channelName: row.name, provider: toSmsProvider(config.provider) } : null;
}

export function noSmsProviderError(): AppError {
  return new AppError("NOT_FOUND", "No SMS provider is configured: an admin must add an enabled SMS channel on the Channels page first");
}
