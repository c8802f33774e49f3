import { db, Prisma, type NotificationChannel } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { openChannelConfig } from "./channel-config";
import { toChannelView, type TChannelView } from "./channel-view";
import { healthByChannelId } from "./destination-health";

/** The channel types configured here; email has its own settings page. */
export const DESTINATION_CHANNEL_TYPES = ["SLACK", "TEAMS", "WEBHOOK", "SMS"] as const;

export async function findChannelRow(id: number): Promise<NotificationChannel> {
  const row = await db().notificationChannel.findFirst({ where: { id, type: { in: [...DESTINATION_CHANNEL_TYPES] } } });
  if (!row) throw new AppError("NOT_FOUND", `No channel with id ${id}`);
  return row;
}

export async function viewOfChannel(row: NotificationChannel): Promise<TChannelView> {
  const health = await healthByChannelId([row.id]);
  return toChannelView(row, openChannelConfig(row.configEncrypted), health.get(row.id) ?? null);
}

/** Names pick channels in the REST API (`channel_name`), so they are unique. */
export function nameTakenError(error: unknown, name: string): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    const message = `"${name}" is already the name of another channel`;
    return new AppError("CONFLICT", `name: ${message}`, { fieldErrors: { name: [message] } });
  }
  return error;
}
