"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { CHANNEL_KIND_LABEL, CHANNEL_KINDS, type TChannelKind } from "@/server/destinations/channel-kind";
import { zodFieldErrors } from "@/server/errors/app-error";
import { ZPreferencesInput, type TPreferencesInput } from "@/server/preferences/preferences-schema";
import type { TPreferencesView } from "@/server/preferences/preferences-view";
import type { TSavePreferencesResult } from "@/server/preferences/save-preferences";
import type { TPreferenceChannel } from "@/server/preferences/subscription";
import { summarisePreferences } from "@/server/preferences/summarise-preferences";
import { useTRPC } from "@/trpc/react";
import { SigningSecretDialog } from "../channels/signing-secret-dialog";
import { MyChannelsEditor } from "../my-channels/my-channels-editor";
import type { TChannelReach } from "../my-channels/personal-form-values";
import { ChannelsSection } from "./channels-section";
import { DESTINATION_FIELD, destinationInputFrom, destinationReachFrom, destinationValuesFrom, isDestinationDirty } from "./destination-form-values";
import { DndCard } from "./dnd-card";
import { EmailChannelCard } from "./email-channel-card";
import { preferencesErrorsFrom, withoutErrors, type TPreferencesErrors, type TServerError } from "./preferences-errors";
import {
  isSameInput,
  preferencesFormValuesFrom,
  preferencesInputFrom,
  reachOfView,
  savedInputOf,
  summaryFieldsFrom,
  type TPreferencesFormValues,
} from "./preferences-form-values";
import styles from "./preferences.module.css";
import { QuietHoursCard } from "./quiet-hours-card";
import { SubscriptionsCard } from "./subscriptions-card";
import { SummaryCard } from "./summary-card";
import { useNow } from "./use-now";
import { UserChannelCards } from "./user-channel-cards";

const FORM_FIELDS = ["email_enabled", "quiet_hours_start", "quiet_hours_end", "quiet_hours_days", "timezone", "critical_bypasses_quiet_hours", "dnd_until", "subscriptions"];
const DESTINATION_FIELDS = CHANNEL_KINDS.flatMap((kind) => [DESTINATION_FIELD[kind], `${kind}_enabled`]);
// Start and end are checked together: an error on one is about both.
const CLEARS: Partial<Record<keyof TPreferencesFormValues, string[]>> = {
  quiet_hours_start: ["quiet_hours_start", "quiet_hours_end"],
  quiet_hours_end: ["quiet_hours_start", "quiet_hours_end"],
  dnd_custom: ["dnd_until"],
};

export type TPreferencesFormProps = {
  saved: TPreferencesView;
  /** Whose preferences an admin edits; omitted for the signed-in user's own (with their channel editor and tests). */
  userRef?: number | string;
};

function reachableOf(emailEnabled: boolean, reach: TChannelReach): Set<TPreferenceChannel> {
  return new Set<TPreferenceChannel>([...(emailEnabled ? (["email"] as const) : []), ...CHANNEL_KINDS.filter((kind) => reach[kind].enabled && reach[kind].set)]);
}

/** Channels, quiet hours, do-not-disturb and subscriptions of one user, with the sentence of their effect kept live. */
export function PreferencesForm({ saved, userRef }: TPreferencesFormProps) {
  const self = userRef === undefined;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const now = useNow();
  const rootRef = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState(() => preferencesFormValuesFrom(saved));
  const [destinations, setDestinations] = useState(() => destinationValuesFrom(saved));
  const [ownReach, setOwnReach] = useState(() => reachOfView(saved));
  const [errors, setErrors] = useState<TPreferencesErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [removing, setRemoving] = useState<TChannelKind | null>(null);
  const save = useMutation(trpc.preferences.save.mutationOptions());
  const queryKey = trpc.preferences.get.queryKey(self ? {} : { user: userRef });

  const reach = self ? ownReach : destinationReachFrom(destinations, saved);
  const sentence = summarisePreferences(summaryFieldsFrom(values, reach), now);
  const dirty = !isSameInput(preferencesInputFrom(values, now).input, savedInputOf(saved)) || (!self && isDestinationDirty(destinations, saved));
  const channelsDirty = self && JSON.stringify(ownReach) !== JSON.stringify(reachOfView(saved));

  function change(patch: Partial<TPreferencesFormValues>) {
    setValues((current) => ({ ...current, ...patch }));
    setErrors((current) => withoutErrors(current, Object.keys(patch).flatMap((key) => CLEARS[key as keyof TPreferencesFormValues] ?? [key])));
  }

  function showErrors(fieldErrors: Record<string, string[]> | null | undefined, fallback: string) {
    const found = preferencesErrorsFrom(fieldErrors, values.subscriptions);
    const known = (key: string) =>
      FORM_FIELDS.includes(key) || (!self && DESTINATION_FIELDS.includes(key)) || values.subscriptions.some((row) => key.startsWith(`subscriptions.${row.key}.`));
    const other = Object.entries(found).filter(([key]) => !known(key));
    setErrors(found);
    setFormError(other.length ? other.map(([key, message]) => `${key}: ${message}`).join("; ") : Object.keys(found).length ? null : fallback);
    // After the render that marks the fields: the first one in page order gets focus.
    requestAnimationFrame(() => rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]')?.focus());
  }

  function stored({ custom_webhook_signing_secret: signingSecret, ...view }: TSavePreferencesResult) {
    queryClient.setQueryData(queryKey, view);
    setValues(preferencesFormValuesFrom(view));
    setDestinations(destinationValuesFrom(view));
    if (signingSecret) setSecret(signingSecret);
    return view;
  }

  function handleSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setFormError(null);
    const own = preferencesInputFrom(values, new Date());
    const input: TPreferencesInput = self ? own.input : { ...own.input, ...destinationInputFrom(destinations) };
    const checked = ZPreferencesInput.safeParse(input);
    const problems = { ...(checked.success ? {} : zodFieldErrors(checked.error)), ...own.errors };
    if (Object.keys(problems).length) return showErrors(problems, "Check the highlighted fields.");
    setErrors({});
    save.mutate(self ? { input } : { user: userRef, input }, {
      onSuccess: (result) => {
        const view = stored(result);
        toast({ tone: "success", title: self ? "Your preferences are saved" : `Preferences of ${view.user.email} saved`, description: view.summary });
      },
      onError: (error) => showErrors((error as TServerError).data?.fieldErrors, trpcErrorMessage(error)),
    });
  }

  function removeDestination(kind: TChannelKind) {
    const field = DESTINATION_FIELD[kind];
    save.mutate(
      { user: userRef, input: { [field]: null } },
      {
        onSuccess: ({ custom_webhook_signing_secret: _secret, ...view }) => {
          // Only this destination changed: the rest of the form keeps its unsaved edits.
          queryClient.setQueryData(queryKey, view);
          setDestinations((current) => ({ enabled: { ...current.enabled, [kind]: false }, text: { ...current.text, [field]: "" } }));
          toast({ tone: "success", title: `${CHANNEL_KIND_LABEL[kind]} destination removed` });
        },
        onError: (error) => toast({ tone: "danger", title: "Could not remove it", description: trpcErrorMessage(error) }),
        onSettled: () => setRemoving(null),
      },
    );
  }

  const channels = (
    <ChannelsSection self={self}>
      <EmailChannelCard email={saved.user.email} enabled={values.email_enabled} self={self} error={errors.email_enabled} onChange={(email_enabled) => change({ email_enabled })} />
      {self ? (
        <MyChannelsEditor embedded onDraftChange={setOwnReach} />
      ) : (
        <UserChannelCards
          saved={saved}
          values={destinations}
          errors={errors}
          onChange={(next, cleared) => {
            setDestinations(next);
            setErrors((current) => withoutErrors(current, cleared));
          }}
          onRemove={setRemoving}
        />
      )}
    </ChannelsSection>
  );

  return (
    <div ref={rootRef} className="stack stack--lg">
      <SummaryCard sentence={sentence} dirty={dirty || channelsDirty} updatedAt={saved.updated_at} />
      {/* My channels is a form of its own, and forms do not nest. */}
      {self && channels}
      <form onSubmit={handleSave} noValidate aria-label="Preferences" aria-busy={save.isPending || undefined}>
        <div className="stack stack--lg">
          {!self && channels}
          <QuietHoursCard values={values} errors={errors} onChange={change} />
          <DndCard values={values} saved={saved.dnd_until} error={errors.dnd_until} now={now} onChange={change} />
          <SubscriptionsCard
            rows={values.subscriptions}
            errors={errors}
            reachable={reachableOf(values.email_enabled, reach)}
            onChange={(subscriptions, cleared) => {
              setValues((current) => ({ ...current, subscriptions }));
              setErrors((current) => withoutErrors(current, cleared));
            }}
          />
          {formError && <Alert tone="danger">{formError}</Alert>}
          <div className={styles.saveBar}>
            <p className="text-sm text-muted">
              {dirty ? "You have unsaved changes." : "Everything here is saved."}
              {self && " Slack, Teams, webhook and SMS have their own “Save my channels” above."}
            </p>
            <Button type="submit" variant="primary" loading={save.isPending}>
              Save preferences
            </Button>
          </div>
        </div>
      </form>
      <SigningSecretDialog secret={secret} title={`Signing secret of ${saved.user.email}'s webhook`} onClose={() => setSecret(null)} />
      {!self && (
        <ConfirmDialog
          open={removing !== null}
          title={`Remove the ${removing ? CHANNEL_KIND_LABEL[removing] : ""} destination of ${saved.user.email}?`}
          message="Notifications addressed to this user stop going there. It can be added again at any time."
          confirmLabel="Remove"
          tone="danger"
          loading={save.isPending}
          onConfirm={() => removing && removeDestination(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </div>
  );
}
