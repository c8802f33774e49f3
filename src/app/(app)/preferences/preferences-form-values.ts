import type { TChannelReach } from "@/app/(app)/my-channels/personal-form-values";
import type { TPreferencesInput } from "@/server/preferences/preferences-schema";
import type { TPreferencesView } from "@/server/preferences/preferences-view";
import type { TPreferenceFields } from "@/server/preferences/summarise-preferences";
import { fromLocalInput } from "./dnd-time";
import { subscriptionRowsFrom, subscriptionsFrom, type TSubscriptionRow } from "./subscription-rows";

/** What the quiet-hours, do-not-disturb, subscription and email parts of the form hold. Times are "" for none. */
export type TPreferencesFormValues = {
  email_enabled: boolean;
  quiet_hours_start: string;
  quiet_hours_end: string;
  quiet_hours_days: number[];
  timezone: string;
  critical_bypasses_quiet_hours: boolean;
  dnd_until: string | null;
  /** The datetime-local text while the user picks "Until a date…"; null otherwise. */
  dnd_custom: string | null;
  subscriptions: TSubscriptionRow[];
};

export function preferencesFormValuesFrom(view: TPreferencesView): TPreferencesFormValues {
  return {
    email_enabled: view.email_enabled,
    // A time input shows seconds when given them, and the schema takes HH:MM only.
    quiet_hours_start: view.quiet_hours_start?.slice(0, 5) ?? "",
    quiet_hours_end: view.quiet_hours_end?.slice(0, 5) ?? "",
    quiet_hours_days: [...view.quiet_hours_days],
    timezone: view.timezone,
    critical_bypasses_quiet_hours: view.critical_bypasses_quiet_hours,
    dnd_until: view.dnd_until,
    dnd_custom: null,
    subscriptions: subscriptionRowsFrom(view.subscriptions),
  };
}

/** Do-not-disturb as it would be saved: a picked date wins while its input is open. Undefined when that date is incomplete. */
export function effectiveDnd(values: TPreferencesFormValues): string | null | undefined {
  if (values.dnd_custom === null) return values.dnd_until;
  return fromLocalInput(values.dnd_custom, values.timezone) ?? undefined;
}

/** The save input (every part this form owns), plus errors no schema can see: an incomplete or past date. */
export function preferencesInputFrom(values: TPreferencesFormValues, now: Date): { input: TPreferencesInput; errors: Record<string, string[]> } {
  const dnd = effectiveDnd(values);
  const errors: Record<string, string[]> = {};
  if (dnd === undefined) errors.dnd_until = ["Pick a date and a time."];
  else if (values.dnd_custom !== null && dnd && new Date(dnd) <= now) errors.dnd_until = ["Pick a time in the future."];
  return {
    input: {
      email_enabled: values.email_enabled,
      quiet_hours_start: values.quiet_hours_start || null,
      quiet_hours_end: values.quiet_hours_end || null,
      quiet_hours_days: [...values.quiet_hours_days].sort((a, b) => a - b),
      timezone: values.timezone.trim(),
      critical_bypasses_quiet_hours: values.critical_bypasses_quiet_hours,
      dnd_until: dnd ?? null,
      subscriptions: subscriptionsFrom(values.subscriptions),
    },
    errors,
  };
}

/** The saved view in the same shape, to tell whether the form has unsaved changes. */
export function savedInputOf(view: TPreferencesView): TPreferencesInput {
  return {
    email_enabled: view.email_enabled,
    quiet_hours_start: view.quiet_hours_start,
    quiet_hours_end: view.quiet_hours_end,
    quiet_hours_days: [...view.quiet_hours_days].sort((a, b) => a - b),
    timezone: view.timezone,
    critical_bypasses_quiet_hours: view.critical_bypasses_quiet_hours,
    dnd_until: view.dnd_until,
    subscriptions: view.subscriptions,
  };
}

export function reachOfView(view: TPreferencesView): TChannelReach {
  return {
    slack: { enabled: view.slack_enabled, set: view.slack_webhook_url_set },
    teams: { enabled: view.teams_enabled, set: view.teams_webhook_url_set },
    webhook: { enabled: view.webhook_enabled, set: view.custom_webhook_url_set },
    sms: { enabled: view.sms_enabled, set: view.sms_number_set },
  };
}

/** What the live sentence is computed from: the form as it stands, rows without a pattern left out. */
export function summaryFieldsFrom(values: TPreferencesFormValues, reach: TChannelReach): TPreferenceFields {
  return {
    email_enabled: values.email_enabled,
    slack_enabled: reach.slack.enabled,
    slack_webhook_url_set: reach.slack.set,
    teams_enabled: reach.teams.enabled,
    teams_webhook_url_set: reach.teams.set,
    webhook_enabled: reach.webhook.enabled,
    custom_webhook_url_set: reach.webhook.set,
    sms_enabled: reach.sms.enabled,
    sms_number_set: reach.sms.set,
    quiet_hours_start: values.quiet_hours_start || null,
    quiet_hours_end: values.quiet_hours_end || null,
    quiet_hours_days: values.quiet_hours_days,
    timezone: values.timezone.trim(),
    critical_bypasses_quiet_hours: values.critical_bypasses_quiet_hours,
    dnd_until: effectiveDnd(values) ?? null,
    subscriptions: subscriptionsFrom(values.subscriptions).filter((subscription) => subscription.pattern !== ""),
  };
}

/** Equal inputs, comparing do-not-disturb as an instant (the server writes milliseconds, the buttons do not). */
export function isSameInput(a: TPreferencesInput, b: TPreferencesInput): boolean {
  const comparable = (input: TPreferencesInput) => JSON.stringify({ ...input, dnd_until: input.dnd_until ? Date.parse(input.dnd_until) : null });
  return comparable(a) === comparable(b);
}
