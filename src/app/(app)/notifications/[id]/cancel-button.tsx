"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { hasRole } from "@/server/auth/roles";
import { useTRPC } from "@/trpc/react";

const CANCELLABLE_STATUSES = ["PENDING", "RETRYING", "DEFERRED"];

/** Calls back a notification that has not gone out yet; renders nothing for viewers or once it is sent, sending or settled. */
export function CancelButton({ id, status }: { id: number; status: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const me = useQuery(trpc.me.queryOptions());
  const [confirming, setConfirming] = useState(false);
  const cancel = useMutation(
    trpc.notifications.cancel.mutationOptions({
      onSuccess: () => toast({ tone: "success", title: "Notification cancelled", description: "It will not be sent; its history stays." }),
      // Most often CONFLICT: a worker started sending it meanwhile. The refetch below shows where it stands.
      onError: (error) => toast({ tone: "danger", title: "Could not cancel the notification", description: trpcErrorMessage(error) }),
      onSettled: () => {
        setConfirming(false);
        void queryClient.invalidateQueries({ queryKey: trpc.notifications.byId.queryKey({ id }) });
        void queryClient.invalidateQueries({ queryKey: trpc.notifications.list.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.queue.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.events.pathKey() });
      },
    }),
  );

  const allowed = Boolean(me.data && hasRole(me.data.role, "OPERATOR"));
  // Keep an open dialog mounted when polling moves the status on: confirming then explains why it is too late.
  if (!allowed || (!CANCELLABLE_STATUSES.includes(status) && !confirming)) return null;
  return (
    <>
      {CANCELLABLE_STATUSES.includes(status) && <Button onClick={() => setConfirming(true)}>Cancel notification</Button>}
      <ConfirmDialog
        open={confirming}
        title="Cancel this notification?"
        message="It will not be sent. This cannot be undone; to send it after all, create it again."
        confirmLabel="Cancel notification"
        cancelLabel="Keep it"
        tone="danger"
        loading={cancel.isPending}
        onConfirm={() => cancel.mutate({ id })}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
