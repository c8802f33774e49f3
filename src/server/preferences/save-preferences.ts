import { z } from "zod";
import type { TSessionUser } from "@/server/auth/roles";
import { db, type Prisma } from "@/server/db/client";
import { personalChannelChanges } from "@/server/destinations/save-personal-channels";
import { parseInput } from "@/server/errors/app-error";
import { forgetDirectUsers } from "@/server/routing/decide-direct-notification";
import { recordAudit } from "@/server/audit/record-audit";
import { preferencesAudit } from "./preferences-audit";
import { ZPreferencesInput, type TPreferencesInput } from "./preferences-schema";
import { preferencesUser } from "./preferences-user";
import { toPreferencesView, ZPreferencesView, type TPreferencesView } from "./preferences-view";

export type TSavePreferencesResult = TPreferencesView & {
  /** The signing secret made for a newly saved custom webhook: shown this once. */
  custom_webhook_signing_secret?: string;
};

export const ZSavePreferencesResult = ZPreferencesView.extend({
  custom_webhook_signing_secret: z.string().optional().meta({ description: "The signing secret made for a newly saved custom webhook: shown this once" }),
});

const SEED_FIELD_NAMES = { slack: "slack_webhook_url", teams: "teams_webhook_url", webhook: "custom_webhook_url", sms: "sms_number" };

/** Saves what `input` names (the rest stays) in one write and answers the full saved preferences. */
export async function savePreferences(options: { user: unknown; input: TPreferencesInput | unknown; viewer?: TSessionUser }): Promise<TSavePreferencesResult> {
  const user = await preferencesUser(options.user, options.viewer);
  const input = parseInput(ZPreferencesInput, options.input);
  const saved = await db().userNotificationPreferences.findUnique({ where: { userId: user.id } });
  const channels = personalChannelChanges(
    {
      slack_enabled: input.slack_enabled,
      slack_webhook_url: input.slack_webhook_url,
      teams_enabled: input.teams_enabled,
      teams_webhook_url: input.teams_webhook_url,
      webhook_enabled: input.webhook_enabled,
      webhook_url: input.custom_webhook_url,
      sms_enabled: input.sms_enabled,
      phone_number: input.sms_number,
    },
    saved,
    SEED_FIELD_NAMES,
  );
  const data: Prisma.UserNotificationPreferencesUncheckedUpdateInput = {
    ...channels.data,
    emailEnabled: input.email_enabled,
    quietHoursStart: input.quiet_hours_start,
    quietHoursEnd: input.quiet_hours_end,
    quietHoursDays: input.quiet_hours_days,
    timezone: input.timezone,
    criticalBypassesQuietHours: input.critical_bypasses_quiet_hours,
    dndUntil: input.dnd_until === undefined ? undefined : input.dnd_until && new Date(input.dnd_until),
    subscriptions: input.subscriptions,
  };
  const row = await db().$transaction(async (tx) => {
    const stored = await tx.userNotificationPreferences.upsert({
      where: { userId: user.id },
      create: { ...(data as Prisma.UserNotificationPreferencesUncheckedCreateInput), userId: user.id },
      update: data,
    });
    await recordAudit(tx, preferencesAudit(user, saved, stored));
    return stored;
  });
  forgetDirectUsers();
  const view = toPreferencesView(user, row);
  return channels.signingSecret ? { ...view, custom_webhook_signing_secret: channels.signingSecret } : view;
}
