"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { formatDateTime } from "@/components/format/format-date";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { zodFieldErrors } from "@/server/errors/app-error";
import { DEFAULT_SECRET_GRACE_HOURS } from "@/server/destinations/channel-input-schema";
import { CHANNEL_KINDS, CHANNEL_KIND_LABEL, type TChannelKind } from "@/server/destinations/channel-kind";
import type { TChannelTestResult } from "@/server/destinations/channel-test-result";
import type { TPersonalChannelsView } from "@/server/destinations/get-personal-channels";
import { ZSavePersonalChannels } from "@/server/destinations/personal-channels-schema";
import type { TPersonalSaveResult } from "@/server/destinations/save-personal-channels";
import { useTRPC } from "@/trpc/react";
import styles from "../channels/channels.module.css";
import { SigningSecretDialog } from "../channels/signing-secret-dialog";
import { PersonalChannelCard } from "./personal-channel-card";
import {
  PERSONAL_FIELD,
  personalFormValuesFrom,
  personalInputFrom,
  personalReachFrom,
  personalTestRequest,
  type TChannelReach,
  type TPersonalField,
  type TPersonalFormValues,
} from "./personal-form-values";

type TServerError = { data?: { fieldErrors?: Record<string, string[]> | null } | null };

const fieldId = (kind: TChannelKind) => `my-channel-${kind}`;

function savedMask(saved: TPersonalChannelsView, kind: TChannelKind): string | null {
  return { slack: saved.slack.webhook_url, teams: saved.teams.webhook_url, webhook: saved.webhook.url, sms: saved.sms.phone_number }[kind];
}

export type TMyChannelsFormProps = {
  saved: TPersonalChannelsView;
  /** Inside the preferences page: h3 card titles under its "Channels" heading, and a secondary Save (the page has its own primary). */
  embedded?: boolean;
  /** Told the unsaved state of every channel, so the preferences page can state its effect live. */
  onDraftChange?: (reach: TChannelReach) => void;
};

/** The signed-in user's own channels: one card each, one Save for all. */
export function MyChannelsForm({ saved, embedded = false, onDraftChange }: TMyChannelsFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [values, setValues] = useState<TPersonalFormValues>(() => personalFormValuesFrom(saved));
  const [errors, setErrors] = useState<Partial<Record<TPersonalField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [results, setResults] = useState<Partial<Record<TChannelKind, TChannelTestResult>>>({});
  const [testing, setTesting] = useState<TChannelKind | null>(null);
  const [removing, setRemoving] = useState<TChannelKind | null>(null);
  const [rotateOpen, setRotateOpen] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  const save = useMutation(trpc.channels.personal.save.mutationOptions());
  const rotate = useMutation(trpc.channels.personal.rotateSecret.mutationOptions());
  const test = useMutation(trpc.channels.test.mutationOptions());
  const reenable = useMutation(trpc.channels.reenable.mutationOptions());

  useEffect(() => {
    onDraftChange?.(personalReachFrom(values, saved));
  }, [values, saved, onDraftChange]);

  function stored(result: TPersonalSaveResult) {
    queryClient.setQueryData(trpc.channels.personal.get.queryKey(), result.channels);
    // The same switches and destinations are part of the preferences view.
    void queryClient.invalidateQueries({ queryKey: trpc.preferences.get.pathKey() });
    setValues(personalFormValuesFrom(result.channels));
    if (result.signing_secret) setSecret(result.signing_secret);
  }

  function showErrors(fieldErrors: Record<string, string[]> | null | undefined, fallback: string) {
    const found: Partial<Record<TPersonalField, string>> = {};
    for (const kind of CHANNEL_KINDS) {
      const field = PERSONAL_FIELD[kind];
      const messages = fieldErrors?.[field];
      if (messages?.length) found[field] = messages.join(", ");
    }
    setErrors(found);
    const first = CHANNEL_KINDS.find((kind) => found[PERSONAL_FIELD[kind]]);
    if (first) document.getElementById(fieldId(first))?.focus();
    else setFormError(fallback);
  }

  function handleSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setFormError(null);
    const input = personalInputFrom(values);
    const checked = ZSavePersonalChannels.safeParse(input);
    if (!checked.success) return showErrors(zodFieldErrors(checked.error), checked.error.message);
    setErrors({});
    save.mutate(input, {
      onSuccess: (result) => {
        stored(result);
        toast({ tone: "success", title: "Your channels are saved" });
      },
      onError: (error) => showErrors((error as TServerError).data?.fieldErrors, trpcErrorMessage(error)),
    });
  }

  function sendTest(kind: TChannelKind) {
    setTesting(kind);
    setResults((current) => ({ ...current, [kind]: undefined }));
    test.mutate(
      { channel: kind, request: personalTestRequest(kind, values) },
      {
        onSuccess: (result) => setResults((current) => ({ ...current, [kind]: result })),
        onError: (error) => toast({ tone: "danger", title: `Could not test ${CHANNEL_KIND_LABEL[kind]}`, description: trpcErrorMessage(error) }),
        onSettled: () => setTesting(null),
      },
    );
  }

  function remove(kind: TChannelKind) {
    save.mutate(
      { [PERSONAL_FIELD[kind]]: null },
      {
        onSuccess: (result) => {
          stored(result);
          toast({ tone: "success", title: `${CHANNEL_KIND_LABEL[kind]} destination removed` });
        },
        onError: (error) => toast({ tone: "danger", title: "Could not remove it", description: trpcErrorMessage(error) }),
        onSettled: () => setRemoving(null),
      },
    );
  }

  function rotateSecret() {
    rotate.mutate(
      {},
      {
        onSuccess: stored,
        onError: (error) => toast({ tone: "danger", title: "Could not rotate the secret", description: trpcErrorMessage(error) }),
        onSettled: () => setRotateOpen(false),
      },
    );
  }

  function reenableDestination(destinationKey: string) {
    reenable.mutate(
      { destination_key: destinationKey },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: trpc.channels.personal.get.queryKey() });
          toast({ tone: "success", title: "Re-enabled", description: "Notifications for you are sent there again." });
        },
        onError: (error) => toast({ tone: "danger", title: "Could not re-enable", description: trpcErrorMessage(error) }),
      },
    );
  }

  function card(kind: TChannelKind) {
    const field = PERSONAL_FIELD[kind];
    const view = saved[kind];
    return (
      <PersonalChannelCard
        key={kind}
        kind={kind}
        as={embedded ? "h3" : "h2"}
        id={fieldId(kind)}
        savedMask={savedMask(saved, kind)}
        health={view.health}
        enabled={values.enabled[kind]}
        value={values.text[field]}
        error={errors[field]}
        result={results[kind] ?? null}
        testing={testing === kind}
        reenabling={reenable.isPending && reenable.variables?.destination_key === view.health?.destination_key}
        onEnabledChange={(enabled) => setValues((current) => ({ ...current, enabled: { ...current.enabled, [kind]: enabled } }))}
        onValueChange={(text) => {
          setValues((current) => ({ ...current, text: { ...current.text, [field]: text } }));
          if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
        }}
        onTest={() => sendTest(kind)}
        onRemove={() => setRemoving(kind)}
        onReenable={reenableDestination}
        actions={
          kind === "webhook" && saved.webhook.secret ? (
            <Button size="sm" variant="ghost" onClick={() => setRotateOpen(true)}>
              Rotate secret
            </Button>
          ) : undefined
        }
      >
        {kind === "slack" && saved.slack.notice && <Alert tone="info">{saved.slack.notice}</Alert>}
        {kind === "teams" && saved.teams.warning && <Alert tone="warning">{saved.teams.warning}</Alert>}
        {kind === "webhook" && saved.webhook.secret && (
          <p className="text-sm text-muted">
            Signing secret <span className="mono">{saved.webhook.secret}</span>
            {saved.webhook.previous_secret_expires_at && ` · the previous one still signs until ${formatDateTime(saved.webhook.previous_secret_expires_at)}`}
          </p>
        )}
        {kind === "sms" && !saved.sms.provider_configured && (
          <Alert tone="info">No SMS provider is set up yet: an admin adds one on the Channels page. You can save your number already.</Alert>
        )}
      </PersonalChannelCard>
    );
  }

  return (
    <>
      <form onSubmit={handleSave} noValidate aria-busy={save.isPending || undefined}>
        <div className="stack stack--lg">
          {formError && <Alert tone="danger">{formError}</Alert>}
          {CHANNEL_KINDS.map(card)}
          <div className={styles.toolbar}>
            <p className="text-sm text-muted">Empty fields keep what is saved.</p>
            <Button type="submit" variant={embedded ? "secondary" : "primary"} loading={save.isPending}>
              Save my channels
            </Button>
          </div>
        </div>
      </form>
      <SigningSecretDialog secret={secret} title="Signing secret of your webhook" onClose={() => setSecret(null)} />
      <ConfirmDialog
        open={removing !== null}
        title={`Remove your ${removing ? CHANNEL_KIND_LABEL[removing] : ""} destination?`}
        message="Notifications addressed to you stop going there. You can add it again at any time."
        confirmLabel="Remove"
        tone="danger"
        loading={save.isPending}
        onConfirm={() => removing && remove(removing)}
        onCancel={() => setRemoving(null)}
      />
      <ConfirmDialog
        open={rotateOpen}
        title="Rotate your webhook's signing secret?"
        message={`A new secret signs from now on; the current one keeps signing alongside it for ${DEFAULT_SECRET_GRACE_HOURS} hours.`}
        confirmLabel="Rotate secret"
        loading={rotate.isPending}
        onConfirm={rotateSecret}
        onCancel={() => setRotateOpen(false)}
      />
    </>
  );
}
