"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import { useTRPC } from "@/trpc/react";

/** Admin switch for cluster-wide sending; pausing asks first because deliveries stop until someone resumes. */
export function PauseToggle({ paused }: { paused: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [confirming, setConfirming] = useState(false);
  const setPaused = useMutation(
    trpc.queue.setPaused.mutationOptions({
      onSuccess: (result) => {
        // Flip the cached status at once so the button cannot be pressed twice for the same change.
        queryClient.setQueryData(trpc.queue.status.queryKey(), (old) => old && { ...old, paused: result.paused });
        void queryClient.invalidateQueries({ queryKey: trpc.queue.status.queryKey() });
        setConfirming(false);
        toast({
          tone: result.paused ? "warning" : "success",
          title: result.paused ? "Sending paused" : "Sending resumed",
          description: result.paused ? "New notifications wait in the queue until you resume." : "Waiting notifications are being delivered.",
        });
      },
      onError: (error) => {
        setConfirming(false);
        toast({ tone: "danger", title: "Could not change sending", description: trpcErrorMessage(error) });
      },
    }),
  );

  if (paused) {
    return (
      <Button variant="primary" loading={setPaused.isPending} onClick={() => setPaused.mutate({ paused: false })}>
        Resume sending
      </Button>
    );
  }
  return (
    <>
      <Button onClick={() => setConfirming(true)}>Pause sending</Button>
      <ConfirmDialog
        open={confirming}
        title="Pause sending?"
        message="Workers stop picking up deliveries until you resume; messages already being sent finish. New notifications are still accepted and wait in the queue, so none is lost."
        confirmLabel="Pause sending"
        loading={setPaused.isPending}
        onConfirm={() => setPaused.mutate({ paused: true })}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
