"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { OneTimeSecretDialog } from "@/components/ui/one-time-secret-dialog";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf, roleOptions, type TRoleValue } from "./role-options";

/** Creates an account with a temporary password (typed in, or generated and shown once) to be changed at first sign-in. */
export function CreateUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [role, setRole] = useState<TRoleValue>("OPERATOR");
  const [generated, setGenerated] = useState<{ email: string; password: string } | null>(null);
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: (result) => {
        void queryClient.invalidateQueries({ queryKey: trpc.users.manage.queryKey() });
        if (result.temporary_password) setGenerated({ email: result.user.email, password: result.temporary_password });
        else {
          toast({ tone: "success", title: `${result.user.email} created`, description: "They must change the temporary password at first sign-in." });
          close();
        }
      },
    }),
  );
  const errors = create.isError ? fieldErrorsOf(create.error) : {};

  function close() {
    create.reset();
    setGenerated(null);
    onClose();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get("name") ?? "").trim();
    const password = String(data.get("password") ?? "");
    create.mutate({ email: String(data.get("email") ?? "").trim(), role, ...(name ? { name } : {}), ...(password ? { password } : {}) });
  }

  if (generated) {
    return (
      <OneTimeSecretDialog
        secret={open ? generated.password : null}
        title={`${generated.email} created`}
        description="Give them this temporary password by a safe route. They must replace it when they first sign in."
        fieldLabel="Temporary password"
        storedNote="Only a hash is stored. If it is lost, send them a reset link from the Users page."
        onClose={close}
      />
    );
  }
  return (
    <Dialog
      open={open}
      onClose={close}
      title="Create a user"
      description="With a temporary password they must change at first sign-in. Prefer an invitation when email works: then you never handle a password."
      footer={
        <>
          <Button onClick={close} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" form="create-user-form" variant="primary" loading={create.isPending}>
            Create user
          </Button>
        </>
      }
    >
      <form id="create-user-form" className="stack" onSubmit={handleSubmit} noValidate>
        {create.isError && !errors.email && !errors.password && <Alert tone="danger">{trpcErrorMessage(create.error)}</Alert>}
        <TextField name="email" type="email" label="Email" autoComplete="off" spellCheck={false} required data-autofocus error={errors.email} />
        <TextField name="name" label="Name (optional)" maxLength={200} />
        <SelectField label="Role" value={role} options={roleOptions} onChange={(event) => setRole(event.target.value as TRoleValue)} />
        <TextField name="password" type="text" label="Temporary password (optional)" hint="At least 10 characters. Leave empty to generate one, shown once." autoComplete="off" error={errors.password} />
      </form>
    </Dialog>
  );
}
