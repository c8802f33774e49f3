import { recordAudit } from "@/server/audit/record-audit";
import { db } from "@/server/db/client";
import { preferencesAudit } from "@/server/preferences/preferences-audit";
import { parseInput } from "@/server/errors/app-error";
import { DEFAULT_SECRET_GRACE_HOURS } from "./channel-input-schema";
import { fieldError } from "./field-error";
import { getPersonalChannels } from "./get-personal-channels";
import { ZRotatePersonalSecretInput } from "./personal-channels-schema";
import { openPersonalChannels, sealPersonalWebhookSecrets } from "./personal-columns";
import type { TPersonalSaveResult } from "./save-personal-channels";
import { rotateWebhookSecrets } from "./webhook-secret-state";

/** A new signing secret for the user's own webhook; the previous one keeps signing for the grace period. */
export async function rotatePersonalWebhookSecret(
  options: { userId: number; grace_period_hours?: number },
  now = new Date(),
): Promise<TPersonalSaveResult & { signing_secret: string }> {
  const { grace_period_hours: hours = DEFAULT_SECRET_GRACE_HOURS } = parseInput(ZRotatePersonalSecretInput, { grace_period_hours: options.grace_period_hours });
  const preferences = await db().userNotificationPreferences.findUnique({ where: { userId: options.userId } });
  const { webhookSecrets } = openPersonalChannels(preferences);
  if (!preferences || !webhookSecrets) throw fieldError("webhook_url", "save a webhook URL first; it gets its signing secret then");
  const secrets = rotateWebhookSecrets(webhookSecrets, { now, graceMs: hours * 3_600_000 });
  await db().$transaction(async (tx) => {
    const stored = await tx.userNotificationPreferences.update({ where: { id: preferences.id }, data: { customWebhookSecret: sealPersonalWebhookSecrets(secrets) } });
    const user = await tx.user.findUniqueOrThrow({ where: { id: options.userId }, select: { id: true, email: true } });
    await recordAudit(tx, { ...preferencesAudit(user, preferences, stored), action: "preferences.webhook_secret_rotated" });
  });
  return { channels: await getPersonalChannels(options.userId, now), signing_secret: secrets.current };
}
