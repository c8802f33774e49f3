import { z } from "zod";
import type { User, UserNotificationPreferences } from "@/server/db/client";
import { ZEventSeverity } from "@/server/events/event-severity";
import { maskDestinationUrl, maskPhoneNumber } from "@/server/destinations/mask-destination";
import { openPersonalChannels } from "@/server/destinations/personal-columns";
import { summarisePreferences } from "./summarise-preferences";
import { PREFERENCE_CHANNELS, ZSubscriptions, type TSubscription } from "./subscription";

/** What GET/POST preferences answer: secrets masked with `*_set` flags, the effect in one sentence. */
export type TPreferencesView = {
  user: { id: number; email: string; name: string | null };
  email_enabled: boolean;
  slack_enabled: boolean;
  teams_enabled: boolean;
  webhook_enabled: boolean;
  sms_enabled: boolean;
  slack_webhook_url: string | null;
  slack_webhook_url_set: boolean;
  teams_webhook_url: string | null;
  teams_webhook_url_set: boolean;
  custom_webhook_url: string | null;
  custom_webhook_url_set: boolean;
  sms_number: string | null;
  sms_number_set: boolean;
  quiet_hours_start: string | null;
  quiet_hours_end: string | null;
  quiet_hours_days: number[];
  timezone: string;
  critical_bypasses_quiet_hours: boolean;
  dnd_until: string | null;
  subscriptions: TSubscription[];
  /** "Failures reach you by email and SMS at once; …" */
  summary: string;
  updated_at: string | null;
};

const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];

export function toPreferencesView(user: Pick<User, "id" | "email" | "name">, preferences: UserNotificationPreferences | null, now = new Date()): TPreferencesView {
  const opened = openPersonalChannels(preferences);
  const subscriptions = ZSubscriptions.safeParse(preferences?.subscriptions ?? []);
  const view = {
    user: { id: user.id, email: user.email, name: user.name },
    email_enabled: preferences?.emailEnabled ?? true,
    slack_enabled: preferences?.slackEnabled ?? false,
    teams_enabled: preferences?.teamsEnabled ?? false,
    webhook_enabled: preferences?.webhookEnabled ?? false,
    sms_enabled: preferences?.smsEnabled ?? false,
    slack_webhook_url: opened.slackWebhookUrl && maskDestinationUrl(opened.slackWebhookUrl),
    slack_webhook_url_set: Boolean(opened.slackWebhookUrl),
    teams_webhook_url: opened.teamsWebhookUrl && maskDestinationUrl(opened.teamsWebhookUrl),
    teams_webhook_url_set: Boolean(opened.teamsWebhookUrl),
    custom_webhook_url: opened.customWebhookUrl && maskDestinationUrl(opened.customWebhookUrl),
    custom_webhook_url_set: Boolean(opened.customWebhookUrl),
    sms_number: opened.phoneNumber && maskPhoneNumber(opened.phoneNumber),
    sms_number_set: Boolean(opened.phoneNumber),
    quiet_hours_start: preferences?.quietHoursStart ?? null,
    quiet_hours_end: preferences?.quietHoursEnd ?? null,
    quiet_hours_days: preferences?.quietHoursDays?.length ? preferences.quietHoursDays : ALL_DAYS,
    timezone: preferences?.timezone ?? "UTC",
    critical_bypasses_quiet_hours: preferences?.criticalBypassesQuietHours ?? true,
    dnd_until: preferences?.dndUntil && preferences.dndUntil > now ? preferences.dndUntil.toISOString() : null,
    subscriptions: subscriptions.success ? subscriptions.data : [],
    updated_at: preferences?.updatedAt.toISOString() ?? null,
  };
  return { ...view, summary: summarisePreferences(view, now) };
}


/** The response schema of TPreferencesView (kept as a type: subscriptions are typed by their own schema). */
export const ZPreferencesView = z.object({
  user: z.object({ id: z.number().int(), email: z.string(), name: z.string().nullable() }),
  email_enabled: z.boolean(),
  slack_enabled: z.boolean(),
  teams_enabled: z.boolean(),
  webhook_enabled: z.boolean(),
  sms_enabled: z.boolean(),
  slack_webhook_url: z.string().nullable().meta({ description: "Masked" }),
  slack_webhook_url_set: z.boolean(),
  teams_webhook_url: z.string().nullable().meta({ description: "Masked" }),
  teams_webhook_url_set: z.boolean(),
  custom_webhook_url: z.string().nullable().meta({ description: "Masked" }),
  custom_webhook_url_set: z.boolean(),
  sms_number: z.string().nullable().meta({ description: "Masked" }),
  sms_number_set: z.boolean(),
  quiet_hours_start: z.string().nullable(),
  quiet_hours_end: z.string().nullable(),
  quiet_hours_days: z.array(z.number().int()),
  timezone: z.string(),
  critical_bypasses_quiet_hours: z.boolean(),
  dnd_until: z.string().nullable(),
  subscriptions: z.array(z.looseObject({ pattern: z.string(), min_severity: ZEventSeverity, channels: z.array(z.enum(PREFERENCE_CHANNELS)) })).meta({ description: "As saved; see the request's subscriptions" }),
  summary: z.string().meta({ description: "The effect in one sentence" }),
  updated_at: z.string().nullable(),
});
