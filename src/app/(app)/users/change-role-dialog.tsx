"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SelectField } from "@/components/ui/select-field";
import { useToast } from "@/components/ui/toast";
import { roleLabels } from "@/components/user-menu";
import { useTRPC } from "@/trpc/react";
import { roleOptions, type TRoleValue } from "./role-options";

export type TRoleTarget = { id: number; email: string; role: TRoleValue };

/** Picks a new role; it applies to the user's next request (their open pages and personal keys included). */
export function ChangeRoleDialog({ user, onClose }: { user: TRoleTarget | null; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [role, setRole] = useState<TRoleValue | null>(null);
  const change = useMutation(
    trpc.users.changeRole.mutationOptions({
      onSuccess: (changed) => {
        void queryClient.invalidateQueries({ queryKey: trpc.users.manage.queryKey() });
        toast({ tone: "success", title: `${changed.email} is now ${roleLabels[changed.role].toLowerCase()}` });
        close();
      },
    }),
  );
  const chosen = role ?? user?.role ?? "VIEWER";

  function close() {
    change.reset();
    setRole(null);
    onClose();
  }

  return (
    <ConfirmDialog
      open={user !== null}
      title={`Change the role of ${user?.email ?? ""}`}
      message="The new role applies to their next click, and to their personal API keys."
      confirmLabel="Change role"
      loading={change.isPending}
      onConfirm={() => user && (chosen === user.role ? close() : change.mutate({ id: user.id, role: chosen }))}
      onCancel={close}
    >
      <div className="stack">
        <SelectField label="Role" value={chosen} options={roleOptions} onChange={(event) => setRole(event.target.value as TRoleValue)} />
        {change.isError && <Alert tone="danger">{trpcErrorMessage(change.error)}</Alert>}
      </div>
    </ConfirmDialog>
  );
}
