import type { NotificationChannel } from "@/server/db/client";

export const channelTarget = (row: Pick<NotificationChannel, "id" | "name">) => ({ type: "channel", id: row.id, label: row.name });

/** The sealed configuration holds the URL, token or number: the log shows that it changed, never what it is. */
export const CHANNEL_SECRETS = ["configuration"] as const;

export function channelSnapshot(row: Pick<NotificationChannel, "name" | "type" | "enabled" | "rateLimitPerMinute" | "configEncrypted">) {
  return { name: row.name, type: row.type.toLowerCase(), enabled: row.enabled, rate_limit_per_minute: row.rateLimitPerMinute, configuration: row.configEncrypted };
}
