"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { useTRPC } from "@/trpc/react";
import { fieldErrorsOf, roleOptions, type TRoleValue } from "./role-options";

type TUndelivered = { email: string; detail: string; url: string };

/**
 * Invites by email. When the email went out the dialog closes; when the SMTP
 * server refused it, the link is shown once to pass on by other means.
 */
export function InviteUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [role, setRole] = useState<TRoleValue>("OPERATOR");
  const [undelivered, setUndelivered] = useState<TUndelivered | null>(null);
  const invite = useMutation(
    trpc.users.invite.mutationOptions({
      onSuccess: (result) => {
        void queryClient.invalidateQueries({ queryKey: trpc.users.invitations.queryKey() });
        if (result.email.sent) {
          toast({ tone: "success", title: `Invitation sent to ${result.invitation.email}`, description: `The link works once, until ${new Date(result.invitation.expires_at).toLocaleString()}.` });
          close();
        } else {
          setUndelivered({ email: result.invitation.email, detail: result.email.detail, url: result.accept_url });
        }
      },
    }),
  );
  const errors = invite.isError ? fieldErrorsOf(invite.error) : {};

  function close() {
    invite.reset();
    setUndelivered(null);
    onClose();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get("name") ?? "").trim();
    invite.mutate({ email: String(data.get("email") ?? "").trim(), role, ...(name ? { name } : {}) });
  }

  if (undelivered) {
    return (
      <Dialog open={open} onClose={close} title={`Invitation for ${undelivered.email} not emailed`} footer={<Button variant="primary" onClick={close} data-autofocus>Done</Button>}>
        <div className="stack">
          <Alert tone="warning" title="The SMTP server did not take the email">
            {undelivered.detail}
          </Alert>
          <TextField label="Invitation link" value={undelivered.url} readOnly className="mono" hint="Pass it on yourself (it works once). It is not shown again; invite again for a new one." />
          <div>
            <CopyButton value={undelivered.url} label="Copy link" />
          </div>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog
      open={open}
      onClose={close}
      title="Invite a user"
      description="They get an email with a link to choose their name and password. The link works once and expires."
      footer={
        <>
          <Button onClick={close} disabled={invite.isPending}>
            Cancel
          </Button>
          <Button type="submit" form="invite-user-form" variant="primary" loading={invite.isPending}>
            Send invitation
          </Button>
        </>
      }
    >
      <form id="invite-user-form" className="stack" onSubmit={handleSubmit} noValidate>
        {invite.isError && !errors.email && <Alert tone="danger">{trpcErrorMessage(invite.error)}</Alert>}
        <TextField name="email" type="email" label="Email" autoComplete="off" spellCheck={false} required data-autofocus error={errors.email} />
        <TextField name="name" label="Name (optional)" hint="Suggested to them; they can change it." maxLength={200} />
        <SelectField label="Role" value={role} options={roleOptions} onChange={(event) => setRole(event.target.value as TRoleValue)} />
      </form>
    </Dialog>
  );
}
