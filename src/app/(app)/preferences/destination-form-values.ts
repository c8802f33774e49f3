import type { TChannelReach } from "@/app/(app)/my-channels/personal-form-values";
import type { TChannelKind } from "@/server/destinations/channel-kind";
import type { TPreferencesInput } from "@/server/preferences/preferences-schema";
import type { TPreferencesView } from "@/server/preferences/preferences-view";

// Another user's destinations, as an admin edits them through preferences.save (field names of that API).

export const DESTINATION_FIELD = { slack: "slack_webhook_url", teams: "teams_webhook_url", webhook: "custom_webhook_url", sms: "sms_number" } as const;
const ENABLED_FIELD = { slack: "slack_enabled", teams: "teams_enabled", webhook: "webhook_enabled", sms: "sms_enabled" } as const;

export type TDestinationField = (typeof DESTINATION_FIELD)[TChannelKind];
export type TDestinationValues = { enabled: Record<TChannelKind, boolean>; text: Record<TDestinationField, string> };

export function destinationValuesFrom(view: TPreferencesView): TDestinationValues {
  return {
    enabled: { slack: view.slack_enabled, teams: view.teams_enabled, webhook: view.webhook_enabled, sms: view.sms_enabled },
    text: { slack_webhook_url: "", teams_webhook_url: "", custom_webhook_url: "", sms_number: "" },
  };
}

/** Blank fields keep what is saved: the page only ever has masks. */
export function destinationInputFrom(values: TDestinationValues): TPreferencesInput {
  return {
    slack_enabled: values.enabled.slack,
    slack_webhook_url: values.text.slack_webhook_url,
    teams_enabled: values.enabled.teams,
    teams_webhook_url: values.text.teams_webhook_url,
    webhook_enabled: values.enabled.webhook,
    custom_webhook_url: values.text.custom_webhook_url,
    sms_enabled: values.enabled.sms,
    sms_number: values.text.sms_number,
  };
}

export function isDestinationDirty(values: TDestinationValues, view: TPreferencesView): boolean {
  const kinds = Object.keys(DESTINATION_FIELD) as TChannelKind[];
  return kinds.some((kind) => values.text[DESTINATION_FIELD[kind]].trim() !== "" || values.enabled[kind] !== view[ENABLED_FIELD[kind]]);
}

export function destinationReachFrom(values: TDestinationValues, view: TPreferencesView): TChannelReach {
  const set = (kind: TChannelKind) => view[`${DESTINATION_FIELD[kind]}_set`] || values.text[DESTINATION_FIELD[kind]].trim() !== "";
  return {
    slack: { enabled: values.enabled.slack, set: set("slack") },
    teams: { enabled: values.enabled.teams, set: set("teams") },
    webhook: { enabled: values.enabled.webhook, set: set("webhook") },
    sms: { enabled: values.enabled.sms, set: set("sms") },
  };
}

export function savedMaskOf(view: TPreferencesView, kind: TChannelKind): string | null {
  return view[DESTINATION_FIELD[kind]];
}
