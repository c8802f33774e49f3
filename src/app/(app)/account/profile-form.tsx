"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { isValidTimeZone } from "@/server/preferences/quiet-hours";
import { useTRPC } from "@/trpc/react";
import { TimeZoneField } from "../preferences/time-zone-field";

type TAccount = { name: string | null; timezone: string };

/** Name, and the time zone kept in the notification preferences (the same field the preferences page edits). */
export function ProfileForm({ account }: { account: TAccount }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [name, setName] = useState(account.name ?? "");
  const [timezone, setTimezone] = useState(account.timezone);
  const [nameError, setNameError] = useState<string | undefined>();
  const save = useMutation(
    trpc.users.updateProfile.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.users.account.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.me.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.preferences.get.queryKey() });
        toast({ tone: "success", title: "Profile saved" });
      },
    }),
  );
  const fieldErrors = (save.error as { data?: { fieldErrors?: Record<string, string[]> | null } } | null)?.data?.fieldErrors;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) {
      setNameError("Enter your name.");
      return;
    }
    if (!isValidTimeZone(timezone.trim())) return;
    save.mutate({ name: name.trim(), timezone: timezone.trim() });
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate>
      {save.isError && !fieldErrors && <Alert tone="danger" title="Not saved">{trpcErrorMessage(save.error)}</Alert>}
      <TextField
        id="profile-name"
        label="Name"
        autoComplete="name"
        maxLength={200}
        value={name}
        error={nameError ?? fieldErrors?.name?.join(", ")}
        onChange={(event) => {
          setName(event.target.value);
          setNameError(undefined);
        }}
      />
      <TimeZoneField id="profile-timezone" value={timezone} error={fieldErrors?.timezone?.join(", ")} onChange={setTimezone} />
      <div>
        <Button type="submit" variant="primary" loading={save.isPending}>
          Save profile
        </Button>
      </div>
    </form>
  );
}
