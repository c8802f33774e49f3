"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Button } from "@/components/ui/button";
import { CHANNEL_KIND_LABEL } from "@/server/destinations/channel-kind";
import { useTRPC } from "@/trpc/react";
import { errorAt, errorUnder, type TFormErrors } from "./form-errors";
import { newRecipient, type TRecipientState } from "./form-state";
import { RecipientRow, type TPickerSource } from "./recipient-row";
import styles from "./rules.module.css";

export type TRecipientsEditorProps = {
  recipients: TRecipientState[];
  errors: TFormErrors;
  disabled: boolean;
  onChange: (recipients: TRecipientState[]) => void;
};

/** ZAudience's own limit. */
const MAX_RECIPIENTS = 100;

function sourceOf<T>(query: { status: "pending" | "error" | "success"; data?: T[]; error: unknown; refetch: () => unknown }, option: (item: T) => { value: string; label: string }): TPickerSource {
  if (query.status === "pending") return { status: "loading", options: [], retry: () => query.refetch() };
  if (query.status === "error") return { status: "error", options: [], error: trpcErrorMessage(query.error), retry: () => query.refetch() };
  return { status: "ready", options: (query.data ?? []).map(option), retry: () => query.refetch() };
}

/** Who a matching event notifies: users, everyone with a role, organisation channels, plain addresses. */
export function RecipientsEditor({ recipients, errors, disabled, onChange }: TRecipientsEditorProps) {
  const trpc = useTRPC();
  const usersQuery = useQuery(trpc.users.list.queryOptions());
  const channelsQuery = useQuery(trpc.channels.list.queryOptions());
  const users = sourceOf(usersQuery, (user) => ({ value: String(user.id), label: user.name ? `${user.name} (${user.email})` : user.email }));
  const channels = sourceOf(channelsQuery, (channel) => ({
    value: channel.name,
    label: `${channel.name} · ${CHANNEL_KIND_LABEL[channel.type]}${channel.enabled ? "" : " (switched off)"}`,
  }));
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = null;
    if (next === "add") addRef.current?.focus();
    else listRef.current?.querySelector<HTMLElement>(`[data-recipient="${next}"] select`)?.focus();
  }, [recipients]);

  function add() {
    const recipient = newRecipient();
    focusNext.current = recipient.key;
    onChange([...recipients, recipient]);
  }

  function remove(index: number) {
    focusNext.current = "add";
    onChange(recipients.filter((_, at) => at !== index));
  }

  const listError = errorAt(errors, "actions.notify");
  return (
    <fieldset className={styles.subgroup} disabled={disabled}>
      <legend className="field__label">Notify</legend>
      {recipients.length === 0 && <p className="text-sm text-muted">Nobody yet: add users, a role, an organisation channel or an email address.</p>}
      {listError && <p className="field__error">{listError}</p>}
      {recipients.length > 0 && (
        <ol ref={listRef} className={styles.entries}>
          {recipients.map((recipient, index) => (
            <li key={recipient.key} data-recipient={recipient.key}>
              <RecipientRow
                recipient={recipient}
                number={index + 1}
                error={errorUnder(errors, `actions.notify.${index}`)}
                users={users}
                channels={channels}
                onChange={(next) => onChange(recipients.map((current, at) => (at === index ? next : current)))}
                onRemove={() => remove(index)}
              />
            </li>
          ))}
        </ol>
      )}
      <div>
        <Button ref={addRef} size="sm" disabled={recipients.length >= MAX_RECIPIENTS} onClick={add}>
          Add recipient
        </Button>
      </div>
    </fieldset>
  );
}
