"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { useTRPC } from "@/trpc/react";

export type TUserAction = { kind: "deactivate" | "reactivate" | "reset"; id: number; email: string };

const WORDS = {
  deactivate: {
    title: (email: string) => `Deactivate ${email}?`,
    message: "They are signed out at once and cannot sign in; the API keys they made for themselves stop working. Their history stays, and you can reactivate them later.",
    confirm: "Deactivate",
  },
  reactivate: {
    title: (email: string) => `Reactivate ${email}?`,
    message: "They can sign in again with their password, with the role they had. Sessions from before the deactivation stay ended.",
    confirm: "Reactivate",
  },
  reset: {
    title: (email: string) => `Send ${email} a password-reset link?`,
    message: "They get an email with a link to choose a new password (it works once and expires). Their current password keeps working until they use it.",
    confirm: "Send link",
  },
} as const;

/** Confirms and runs one of the Users page's row actions. */
export function UserActionDialog({ action, onClose }: { action: TUserAction | null; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const done = (title: string, description?: string) => {
    void queryClient.invalidateQueries({ queryKey: trpc.users.manage.queryKey() });
    toast({ tone: "success", title, description });
    onClose();
  };
  const deactivate = useMutation(trpc.users.deactivate.mutationOptions({ onSuccess: (user) => done(`${user.email} deactivated`, "Their sessions and personal API keys no longer work.") }));
  const reactivate = useMutation(trpc.users.reactivate.mutationOptions({ onSuccess: (user) => done(`${user.email} reactivated`) }));
  const reset = useMutation(
    trpc.users.sendPasswordReset.mutationOptions({
      onSuccess: (outcome) => {
        if (outcome.sent) done(`Reset link sent to ${action?.email}`, outcome.detail);
        else toast({ tone: "danger", title: "The reset email did not go out", description: outcome.detail });
      },
    }),
  );
  const running = { deactivate, reactivate, reset }[action?.kind ?? "reset"];
  const words = WORDS[action?.kind ?? "reset"];

  function close() {
    deactivate.reset();
    reactivate.reset();
    reset.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={action !== null}
      title={words.title(action?.email ?? "")}
      message={words.message}
      confirmLabel={words.confirm}
      tone={action?.kind === "deactivate" ? "danger" : "primary"}
      loading={running.isPending}
      onConfirm={() => action && running.mutate({ id: action.id })}
      onCancel={close}
    >
      {running.isError && <Alert tone="danger">{trpcErrorMessage(running.error)}</Alert>}
    </ConfirmDialog>
  );
}
