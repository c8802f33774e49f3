import { db } from "@/server/db/client";
import { openChannelConfig } from "./channel-config";
import { DESTINATION_CHANNEL_TYPES } from "./channel-rows";
import { toChannelView, type TChannelView } from "./channel-view";
import { healthByChannelId } from "./destination-health";

/** Every organisation-wide chat, webhook and SMS channel, secrets masked. */
export async function listChannels(): Promise<TChannelView[]> {
  const rows = await db().notificationChannel.findMany({ where: { type: { in: [...DESTINATION_CHANNEL_TYPES] } }, orderBy: [{ type: "asc" }, { name: "asc" }] });
  const health = await healthByChannelId(rows.map((row) => row.id));
  return rows.map((row) => toChannelView(row, openChannelConfig(row.configEncrypted), health.get(row.id) ?? null));
}
