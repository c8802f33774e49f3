import { recordAudit } from "@/server/audit/record-audit";
import { CHANNEL_SECRETS, channelSnapshot, channelTarget } from "./channel-audit";
import { db } from "@/server/db/client";
import { AppError } from "@/server/errors/app-error";
import { DESTINATION_CHANNEL_TYPES } from "./channel-rows";

/** Notifications already sent through it keep their history; their channel link becomes empty. */
export async function deleteChannel(id: number): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await tx.notificationChannel.findFirst({ where: { id, type: { in: [...DESTINATION_CHANNEL_TYPES] } } });
    if (!row) throw new AppError("NOT_FOUND", `No channel with id ${id}`);
    await tx.notificationChannel.delete({ where: { id } });
    await recordAudit(tx, { action: "channel.deleted", target: channelTarget(row), before: channelSnapshot(row), secrets: CHANNEL_SECRETS });
  });
}
