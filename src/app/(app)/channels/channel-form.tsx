"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { TextField } from "@/components/ui/text-field";
import { zodFieldErrors } from "@/server/errors/app-error";
import { SLACK_MAX_PER_MINUTE, ZChannelInput } from "@/server/destinations/channel-input-schema";
import { CHANNEL_KIND_LABEL, type TChannelKind } from "@/server/destinations/channel-kind";
import type { TChannelView } from "@/server/destinations/channel-view";
import type { TChannelSaveResult } from "@/server/destinations/create-channel";
import { useTRPC } from "@/trpc/react";
import { ChannelFields } from "./channel-fields";
import {
  channelFieldId,
  channelFormErrorsFrom,
  channelFormValuesFrom,
  channelInputFrom,
  emptyChannelFormValues,
  type TChannelFormErrors,
  type TChannelFormField,
  type TChannelFormValues,
} from "./channel-form-values";
import styles from "./channels.module.css";

type TServerError = { data?: { fieldErrors?: Record<string, string[]> | null } | null };

export type TChannelFormProps = {
  kind: TChannelKind;
  /** The channel being edited; null adds a new one. Key the form by it so switching resets the fields. */
  editing: TChannelView | null;
  onCancel: () => void;
  onSaved: (result: TChannelSaveResult) => void;
};

/** Add or edit one organisation channel; validates with the server's schema first, then shows the server's field errors. */
export function ChannelForm({ kind, editing, onCancel, onSaved }: TChannelFormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => (editing ? channelFormValuesFrom(editing) : emptyChannelFormValues()));
  const [errors, setErrors] = useState<TChannelFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation(trpc.channels.create.mutationOptions());
  const update = useMutation(trpc.channels.update.mutationOptions());
  const saving = create.isPending || update.isPending;

  function change<K extends keyof TChannelFormValues>(field: K, value: TChannelFormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function showErrors(found: TChannelFormErrors, other: string[] = []) {
    setErrors(found);
    setFormError(other.length ? other.join("; ") : null);
    const first = (Object.keys(values) as TChannelFormField[]).find((field) => found[field]);
    if (first) document.getElementById(channelFieldId(kind, first))?.focus();
  }

  function saved(result: TChannelSaveResult) {
    void queryClient.invalidateQueries({ queryKey: trpc.channels.list.queryKey() });
    if (!editing) setValues(emptyChannelFormValues());
    onSaved(result);
  }

  function failed(error: unknown) {
    const { errors: found, other } = channelFormErrorsFrom((error as TServerError).data?.fieldErrors);
    if (Object.keys(found).length || other.length) showErrors(found, other);
    else setFormError(trpcErrorMessage(error));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    const built = channelInputFrom(kind, values);
    if ("errors" in built) return showErrors(built.errors);
    const checked = ZChannelInput.safeParse(built.input);
    if (!checked.success) {
      const { errors: found, other } = channelFormErrorsFrom(zodFieldErrors(checked.error));
      return showErrors(found, other);
    }
    if (editing) update.mutate({ id: editing.id, channel: built.input }, { onSuccess: saved, onError: failed });
    else create.mutate(built.input, { onSuccess: saved, onError: failed });
  }

  const label = CHANNEL_KIND_LABEL[kind];
  return (
    <form onSubmit={handleSubmit} noValidate aria-busy={saving || undefined}>
      <Card>
        <CardHeader
          title={editing ? `Edit "${editing.name}"` : `Add ${kind === "sms" ? "an" : "a"} ${label} channel`}
          description={editing ? "Fields with saved secrets show only a mask: leave them empty to keep what is saved." : undefined}
        />
        <CardBody>
          <div className="stack">
            {formError && <Alert tone="danger">{formError}</Alert>}
            <div className={styles.fields}>
              <TextField
                id={channelFieldId(kind, "name")}
                label="Name"
                value={values.name}
                onChange={(event) => change("name", event.target.value)}
                hint="Notifications pick this channel by name (channel_name)."
                error={errors.name}
                autoComplete="off"
                required
              />
              <TextField
                id={channelFieldId(kind, "rate_limit_per_minute")}
                label="Messages per minute"
                inputMode="numeric"
                value={values.rate_limit_per_minute}
                onChange={(event) => change("rate_limit_per_minute", event.target.value)}
                hint={kind === "slack" ? `At most ${SLACK_MAX_PER_MINUTE}: Slack takes about one per second. Extra messages wait; none are dropped.` : "Extra messages wait their turn; none are dropped."}
                error={errors.rate_limit_per_minute}
              />
              <ChannelFields kind={kind} values={values} errors={errors} saved={editing?.details ?? null} onChange={change} />
              <Checkbox
                className={styles.wide}
                label="Enabled"
                hint="Switched off, notifications naming this channel fail at once instead of being sent."
                checked={values.enabled}
                onChange={(event) => change("enabled", event.target.checked)}
              />
            </div>
          </div>
        </CardBody>
        <CardFooter>
          {editing && (
            <Button onClick={onCancel} disabled={saving}>
              Cancel
            </Button>
          )}
          <Button type="submit" variant="primary" loading={saving}>
            Save channel
          </Button>
        </CardFooter>
      </Card>
    </form>
  );
}
