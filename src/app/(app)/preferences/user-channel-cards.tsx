"use client";

import { PersonalChannelCard } from "@/app/(app)/my-channels/personal-channel-card";
import { CHANNEL_KINDS, type TChannelKind } from "@/server/destinations/channel-kind";
import type { TPreferencesView } from "@/server/preferences/preferences-view";
import { DESTINATION_FIELD, savedMaskOf, type TDestinationValues } from "./destination-form-values";
import type { TPreferencesErrors } from "./preferences-errors";

export type TUserChannelCardsProps = {
  saved: TPreferencesView;
  values: TDestinationValues;
  errors: TPreferencesErrors;
  onChange: (values: TDestinationValues, cleared: string[]) => void;
  onRemove: (kind: TChannelKind) => void;
};

/**
 * Another user's Slack, Teams, webhook and SMS, for an admin: the same cards as "My channels",
 * saved with the rest of the preferences. No "Send test": tests only ever go to one's own channels.
 */
export function UserChannelCards({ saved, values, errors, onChange, onRemove }: TUserChannelCardsProps) {
  return (
    <>
      {CHANNEL_KINDS.map((kind) => {
        const field = DESTINATION_FIELD[kind];
        return (
          <PersonalChannelCard
            key={kind}
            kind={kind}
            id={`preferences-channel-${kind}`}
            as="h3"
            owner="other"
            savedMask={savedMaskOf(saved, kind)}
            health={null}
            enabled={values.enabled[kind]}
            value={values.text[field]}
            error={errors[field] ?? errors[`${kind}_enabled`]}
            onEnabledChange={(enabled) => onChange({ ...values, enabled: { ...values.enabled, [kind]: enabled } }, [field, `${kind}_enabled`])}
            onValueChange={(text) => onChange({ ...values, text: { ...values.text, [field]: text } }, [field])}
            onRemove={() => onRemove(kind)}
          />
        );
      })}
    </>
  );
}
