import { recordAudit } from "@/server/audit/record-audit";
import { CHANNEL_SECRETS, channelSnapshot, channelTarget } from "./channel-audit";
import { db } from "@/server/db/client";
import { parseInput } from "@/server/errors/app-error";
import { openChannelConfig, sealChannelConfig } from "./channel-config";
import { DEFAULT_SECRET_GRACE_HOURS, ZRotateChannelSecretInput } from "./channel-input-schema";
import { findChannelRow, viewOfChannel } from "./channel-rows";
import type { TChannelSaveResult } from "./create-channel";
import { fieldError } from "./field-error";
import { rotateWebhookSecrets } from "./webhook-secret-state";

/** A new signing secret for a webhook channel; the previous one keeps signing for the grace period (24 h by default). */
export async function rotateChannelSecret(input: { id: number; grace_period_hours?: number }, now = new Date()): Promise<TChannelSaveResult & { signing_secret: string }> {
  const { id, grace_period_hours: hours = DEFAULT_SECRET_GRACE_HOURS } = parseInput(ZRotateChannelSecretInput, input);
  const row = await findChannelRow(id);
  const config = openChannelConfig(row.configEncrypted);
  if (config.type !== "webhook") throw fieldError("id", `"${row.name}" is a ${config.type} channel; only webhooks have a signing secret`);
  const secrets = rotateWebhookSecrets(config.secrets, { now, graceMs: hours * 3_600_000 });
  const updated = await db().$transaction(async (tx) => {
    const saved = await tx.notificationChannel.update({ where: { id }, data: { configEncrypted: sealChannelConfig({ ...config, secrets }) } });
    await recordAudit(tx, { action: "channel.secret_rotated", target: channelTarget(saved), before: channelSnapshot(row), after: channelSnapshot(saved), secrets: CHANNEL_SECRETS });
    return saved;
  });
  return { channel: await viewOfChannel(updated), signing_secret: secrets.current };
}
