import { recordAudit } from "@/server/audit/record-audit";
import { db, type UserNotificationPreferences } from "@/server/db/client";
import { preferencesAudit } from "@/server/preferences/preferences-audit";
import { parseInput } from "@/server/errors/app-error";
import { forgetDirectUsers } from "@/server/routing/decide-direct-notification";
import { checkDestinationUrl } from "./check-destination-url";
import { fieldError } from "./field-error";
import { getPersonalChannels, type TPersonalChannelsView } from "./get-personal-channels";
import { ZSavePersonalChannels, type TSavePersonalChannels } from "./personal-channels-schema";
import { sealPersonalColumn, sealPersonalWebhookSecrets } from "./personal-columns";
import { newWebhookSecrets } from "./webhook-secret-state";

export type TPersonalSaveResult = {
  channels: TPersonalChannelsView;
  /** The signing secret made for a newly saved webhook URL: shown this once. */
  signing_secret: string | null;
};

/** Saves the signed-in user's own channels; see ZSavePersonalChannels for keep / replace / remove. */
export async function savePersonalChannels(options: { userId: number; input: TSavePersonalChannels }): Promise<TPersonalSaveResult> {
  const { userId } = options;
  const input = parseInput(ZSavePersonalChannels, options.input);
  const saved = await db().userNotificationPreferences.findUnique({ where: { userId } });
  const { data, signingSecret } = personalChannelChanges(input, saved);
  await db().$transaction(async (tx) => {
    const stored = await tx.userNotificationPreferences.upsert({ where: { userId }, create: { userId, ...data }, update: data });
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true } });
    await recordAudit(tx, preferencesAudit(user, saved, stored));
  });
  forgetDirectUsers();
  return { channels: await getPersonalChannels(userId), signing_secret: signingSecret };
}

/**
 * The columns a change of personal channels writes, sealed, with the
 * enable flags checked against what will be saved. Also used by the
 * preferences API, which saves these together with quiet hours and the rest.
 */
export function personalChannelChanges(input: ReturnType<typeof ZSavePersonalChannels.parse>, saved: UserNotificationPreferences | null, fields = FIELD_NAMES) {
  const slackWebhookUrl = nextValue(input.slack_webhook_url, saved?.slackWebhookUrl, (url) =>
    sealPersonalColumn("slackWebhookUrl", checkDestinationUrl(url, fields.slack)),
  );
  const teamsWebhookUrl = nextValue(input.teams_webhook_url, saved?.teamsWebhookUrl, (url) =>
    sealPersonalColumn("teamsWebhookUrl", checkDestinationUrl(url, fields.teams, { teams: true })),
  );
  const customWebhookUrl = nextValue(input.webhook_url, saved?.customWebhookUrl, (url) =>
    sealPersonalColumn("customWebhookUrl", checkDestinationUrl(url, fields.webhook)),
  );
  const phoneNumber = nextValue(input.phone_number, saved?.phoneNumber, (phone) => sealPersonalColumn("phoneNumber", phone));
  // A new endpoint gets a secret once; a changed URL keeps it (receivers rotate with "Rotate secret").
  const secrets = customWebhookUrl && !saved?.customWebhookSecret ? newWebhookSecrets() : null;
  const data = {
    slackWebhookUrl,
    slackEnabled: enabledFlag(input.slack_enabled, saved?.slackEnabled, slackWebhookUrl, fields.slack, "Slack"),
    teamsWebhookUrl,
    teamsEnabled: enabledFlag(input.teams_enabled, saved?.teamsEnabled, teamsWebhookUrl, fields.teams, "Teams"),
    customWebhookUrl,
    customWebhookSecret: customWebhookUrl ? (secrets ? sealPersonalWebhookSecrets(secrets) : (saved?.customWebhookSecret ?? null)) : null,
    webhookEnabled: enabledFlag(input.webhook_enabled, saved?.webhookEnabled, customWebhookUrl, fields.webhook, "the webhook"),
    phoneNumber,
    smsEnabled: enabledFlag(input.sms_enabled, saved?.smsEnabled, phoneNumber, fields.sms, "SMS"),
  };
  return { data, signingSecret: secrets?.current ?? null };
}

/** How each destination's field is called in the caller's API, for error messages. */
const FIELD_NAMES = { slack: "slack_webhook_url", teams: "teams_webhook_url", webhook: "webhook_url", sms: "phone_number" };
export type TPersonalFieldNames = typeof FIELD_NAMES;

/** undefined keeps the saved value, null removes it, a string replaces it. */
function nextValue(change: string | null | undefined, saved: string | null | undefined, seal: (value: string) => string): string | null {
  if (change === null) return null;
  return change === undefined ? (saved ?? null) : seal(change);
}

function enabledFlag(change: boolean | undefined, saved: boolean | undefined, value: string | null, field: string, label: string): boolean {
  if (value === null) {
    if (change) throw fieldError(field, `is required to turn ${label} on`);
    return false;
  }
  return change ?? saved ?? false;
}
