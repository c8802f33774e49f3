import { recordAudit } from "@/server/audit/record-audit";
import { CHANNEL_SECRETS, channelSnapshot, channelTarget } from "./channel-audit";
import { db } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { buildChannelConfig } from "./build-channel-config";
import { sealChannelConfig } from "./channel-config";
import { ZChannelInput, type TChannelInput } from "./channel-input-schema";
import { toChannel } from "./channel-kind";
import { nameTakenError } from "./channel-rows";
import { toChannelView, type TChannelView } from "./channel-view";

export type TChannelSaveResult = {
  channel: TChannelView;
  /** A new webhook signing secret: shown this once, masked in every later read. */
  signing_secret: string | null;
};

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 60;

export async function createChannel(input: TChannelInput): Promise<TChannelSaveResult> {
  const channel = parseInput(ZChannelInput, input);
  const { config, signingSecret } = buildChannelConfig(channel, null);
  try {
    const row = await db().$transaction(async (tx) => {
      const created = await tx.notificationChannel.create({
        data: {
          name: channel.name,
          type: toChannel(channel.type),
          configEncrypted: sealChannelConfig(config),
          enabled: channel.enabled ?? true,
          rateLimitPerMinute: channel.rate_limit_per_minute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
        },
      });
      await recordAudit(tx, { action: "channel.created", target: channelTarget(created), after: channelSnapshot(created), secrets: CHANNEL_SECRETS });
      return created;
    });
    return { channel: toChannelView(row, config, null), signing_secret: signingSecret };
  } catch (error) {
    throw nameTakenError(error, channel.name);
  }
}
