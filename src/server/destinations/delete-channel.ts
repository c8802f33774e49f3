import { db } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { DESTINATION_CHANNEL_TYPES } from "./channel-rows";

/** Notifications already sent through it keep their history; their channel link becomes empty. */
export async function deleteChannel(id: number): Promise<void> {
  const { count } = await db().notificationChannel.deleteMany({ where: { id, type: { in: [...DESTINATION_CHANNEL_TYPES] } } });
  if (count === 0) throw new AppError("NOT_FOUND", `No channel with id ${id}`);
}
