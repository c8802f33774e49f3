import { describePreferences } from "./describe-preferences";
import type { TPreferenceChannel, TSubscription } from "./subscription";

/** The fields of a user's preferences the sentence depends on, as the API and the form hold them. */
export type TPreferenceFields = {
  email_enabled: boolean;
  slack_enabled: boolean;
  slack_webhook_url_set: boolean;
  teams_enabled: boolean;
  teams_webhook_url_set: boolean;
  webhook_enabled: boolean;
  custom_webhook_url_set: boolean;
  sms_enabled: boolean;
  sms_number_set: boolean;
  quiet_hours_start: string | null;
  quiet_hours_end: string | null;
  quiet_hours_days: number[];
  timezone: string;
  critical_bypasses_quiet_hours: boolean;
  dnd_until: string | null;
  subscriptions: TSubscription[];
};

/** The sentence of the preferences page, from the fields the form edits: pure, so the form recomputes it live in the browser. */
export function summarisePreferences(view: TPreferenceFields, now: Date): string {
  const reachable: [TPreferenceChannel, boolean][] = [
    ["email", view.email_enabled],
    ["slack", view.slack_enabled && view.slack_webhook_url_set],
    ["teams", view.teams_enabled && view.teams_webhook_url_set],
    ["webhook", view.webhook_enabled && view.custom_webhook_url_set],
    ["sms", view.sms_enabled && view.sms_number_set],
  ];
  return describePreferences(
    {
      enabledChannels: reachable.filter(([, on]) => on).map(([channel]) => channel),
      subscriptions: view.subscriptions,
      quietHoursStart: view.quiet_hours_start,
      quietHoursEnd: view.quiet_hours_end,
      quietHoursDays: view.quiet_hours_days,
      timezone: view.timezone,
      criticalBypassesQuietHours: view.critical_bypasses_quiet_hours,
      dndUntil: view.dnd_until ? new Date(view.dnd_until) : null,
    },
    now,
  );
}
