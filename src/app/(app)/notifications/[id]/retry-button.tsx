"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { hasRole } from "@/server/auth/roles";
import { useTRPC } from "@/trpc/react";

const RETRYABLE_STATUSES = ["FAILED", "DEAD"];

/** Requeues one failed or dead notification; renders nothing for viewers or while delivery is still in progress. */
export function RetryButton({ id, status }: { id: number; status: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const me = useQuery(trpc.me.queryOptions());
  const requeue = useMutation(
    trpc.queue.requeue.mutationOptions({
      onSuccess: ({ requeued }) => {
        void queryClient.invalidateQueries({ queryKey: trpc.notifications.byId.queryKey({ id }) });
        void queryClient.invalidateQueries({ queryKey: trpc.queue.pathKey() });
        toast(
          requeued > 0
            ? { tone: "success", title: "Delivery retry queued", description: "It gets a fresh retry schedule; attempts so far stay in the history." }
            : { tone: "info", title: "Nothing to retry", description: "This notification is no longer failed." },
        );
      },
      onError: (error) => toast({ tone: "danger", title: "Could not retry delivery", description: trpcErrorMessage(error) }),
    }),
  );

  if (!me.data || !hasRole(me.data.role, "OPERATOR") || !RETRYABLE_STATUSES.includes(status)) return null;
  return (
    <Button variant="primary" loading={requeue.isPending} onClick={() => requeue.mutate({ notification_ids: [id] })}>
      Retry delivery
    </Button>
  );
}
