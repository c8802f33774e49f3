"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import type { TIntegrationReceiverView } from "@/server/integrations/integrations-overview";
import { useTRPC } from "@/trpc/react";

/** Sends a firing sample alert the way the receiver's sender would, as the signed-in admin, and says which event it became. */
export function SendSampleButton({ receiver, name }: { receiver: TIntegrationReceiverView["id"]; name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const send = useMutation(trpc.integrations.sendSample.mutationOptions());
  function sendSample() {
    send.mutate(
      { receiver },
      {
        onSuccess: (result) => {
          toast({ tone: "success", title: `Sample ${name} alert received`, description: `It became event ${result.ids[0] ?? "—"}; the Events page shows who was told and why.` });
          void queryClient.invalidateQueries({ queryKey: trpc.integrations.pathKey() });
        },
        onError: (error) => toast({ tone: "danger", title: `The sample ${name} alert failed`, description: trpcErrorMessage(error) }),
      },
    );
  }
  return (
    <Button onClick={sendSample} disabled={send.isPending} aria-busy={send.isPending}>
      {send.isPending ? "Sending…" : "Send sample alert"}
    </Button>
  );
}
