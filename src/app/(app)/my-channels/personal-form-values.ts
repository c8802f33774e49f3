import type { TChannelKind } from "@/server/destinations/channel-kind";
import type { TPersonalChannelsView } from "@/server/destinations/get-personal-channels";
import type { TSavePersonalChannels } from "@/server/destinations/personal-channels-schema";

/** The input holding each channel's destination, and the key a test request gives it under. */
export const PERSONAL_FIELD = { slack: "slack_webhook_url", teams: "teams_webhook_url", webhook: "webhook_url", sms: "phone_number" } as const;
const TEST_KEY = { slack: "webhook_url", teams: "webhook_url", webhook: "url", sms: "to" } as const;

export type TPersonalField = (typeof PERSONAL_FIELD)[TChannelKind];
export type TPersonalFormValues = { enabled: Record<TChannelKind, boolean>; text: Record<TPersonalField, string> };

export function personalFormValuesFrom(saved: TPersonalChannelsView): TPersonalFormValues {
  return {
    enabled: { slack: saved.slack.enabled, teams: saved.teams.enabled, webhook: saved.webhook.enabled, sms: saved.sms.enabled },
    text: { slack_webhook_url: "", teams_webhook_url: "", webhook_url: "", phone_number: "" },
  };
}

/** Blank fields keep what is saved (the page only has masks). */
export function personalInputFrom(values: TPersonalFormValues): TSavePersonalChannels {
  return {
    slack_enabled: values.enabled.slack,
    slack_webhook_url: values.text.slack_webhook_url,
    teams_enabled: values.enabled.teams,
    teams_webhook_url: values.text.teams_webhook_url,
    webhook_enabled: values.enabled.webhook,
    webhook_url: values.text.webhook_url,
    sms_enabled: values.enabled.sms,
    phone_number: values.text.phone_number,
  };
}

/** A typed, unsaved destination is tried as given; otherwise the saved one. */
export function personalTestRequest(kind: TChannelKind, values: TPersonalFormValues): Record<string, unknown> {
  const typed = values.text[PERSONAL_FIELD[kind]].trim();
  return typed ? { [TEST_KEY[kind]]: typed } : { personal: true };
}

/** Per channel: switched on, and whether it has a destination (saved, or typed and about to be). */
export type TChannelReach = Record<TChannelKind, { enabled: boolean; set: boolean }>;

export function personalReachFrom(values: TPersonalFormValues, saved: TPersonalChannelsView): TChannelReach {
  const set = (kind: TChannelKind, mask: string | null) => Boolean(mask) || values.text[PERSONAL_FIELD[kind]].trim() !== "";
  return {
    slack: { enabled: values.enabled.slack, set: set("slack", saved.slack.webhook_url) },
    teams: { enabled: values.enabled.teams, set: set("teams", saved.teams.webhook_url) },
    webhook: { enabled: values.enabled.webhook, set: set("webhook", saved.webhook.url) },
    sms: { enabled: values.enabled.sms, set: set("sms", saved.sms.phone_number) },
  };
}
