import { isDeepStrictEqual } from "node:util";
import { recordAudit } from "@/server/audit/record-audit";
import { CHANNEL_SECRETS, channelSnapshot, channelTarget } from "./channel-audit";
import { db } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { buildChannelConfig } from "./build-channel-config";
import { openChannelConfig, sealChannelConfig } from "./channel-config";
import { ZUpdateChannelInput, type TUpdateChannelInput } from "./channel-input-schema";
import { toChannel } from "./channel-kind";
import { findChannelRow, nameTakenError, viewOfChannel } from "./channel-rows";
import type { TChannelSaveResult } from "./create-channel";
import { fieldError } from "./field-error";

/** Saves an edited channel; secrets left blank keep their saved values, and the signing secret changes only by rotation. */
export async function updateChannel(input: TUpdateChannelInput): Promise<TChannelSaveResult> {
  const { id, channel } = parseInput(ZUpdateChannelInput, input);
  const row = await findChannelRow(id);
  if (row.type !== toChannel(channel.type)) {
    throw fieldError("type", `cannot change a ${row.type.toLowerCase()} channel into ${channel.type}; create a new channel instead`);
  }
  const { config } = buildChannelConfig(channel, openChannelConfig(row.configEncrypted));
  try {
    const updated = await db().$transaction(async (tx) => {
      const saved = await tx.notificationChannel.update({
        where: { id },
        data: {
          name: channel.name,
          // Sealing again draws a new nonce: unchanged settings keep the saved ciphertext, so the log only shows real changes.
          configEncrypted: isDeepStrictEqual(config, openChannelConfig(row.configEncrypted)) ? row.configEncrypted : sealChannelConfig(config),
          ...(channel.enabled === undefined ? {} : { enabled: channel.enabled }),
          ...(channel.rate_limit_per_minute === undefined ? {} : { rateLimitPerMinute: channel.rate_limit_per_minute }),
        },
      });
      await recordAudit(tx, { action: "channel.updated", target: channelTarget(saved), before: channelSnapshot(row), after: channelSnapshot(saved), secrets: CHANNEL_SECRETS });
      return saved;
    });
    return { channel: await viewOfChannel(updated), signing_secret: null };
  } catch (error) {
    throw nameTakenError(error, channel.name);
  }
}
