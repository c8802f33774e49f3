"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import type { TIncidentView } from "@/server/incidents/incident-view";
import { useTRPC } from "@/trpc/react";

type TIncidentRef = Pick<TIncidentView, "id" | "title" | "status">;
type TAction = { kind: "acknowledge" | "resolve"; incident: TIncidentRef };

export type TIncidentActions = {
  askAcknowledge: (incident: TIncidentRef) => void;
  askResolve: (incident: TIncidentRef) => void;
  busy: boolean;
  dialogs: ReactNode;
};

/** Acknowledge and Resolve, each behind a confirmation: both stop the escalation for good, and name who did it. */
export function useIncidentActions(): TIncidentActions {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [asking, setAsking] = useState<TAction | null>(null);
  const acknowledge = useMutation(trpc.incidents.acknowledge.mutationOptions());
  const resolve = useMutation(trpc.incidents.resolve.mutationOptions());
  const busy = acknowledge.isPending || resolve.isPending;

  // Also after a failure: "already resolved" means the page is behind, so show what is true now.
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.incidents.pathKey() });

  function confirm({ kind, incident }: TAction) {
    const mutation = kind === "acknowledge" ? acknowledge : resolve;
    mutation.mutate(
      { id: incident.id },
      {
        onSuccess: (saved) =>
          toast({
            tone: "success",
            title: kind === "acknowledge" ? `Incident #${saved.id} acknowledged` : `Incident #${saved.id} resolved`,
            description: kind === "acknowledge" ? "Escalation stopped: no further level is notified." : "The incident is closed; a new failure of the job opens a new one.",
          }),
        onError: (error) => toast({ tone: "danger", title: `Could not ${kind} incident #${incident.id}`, description: trpcErrorMessage(error) }),
        onSettled: () => {
          setAsking(null);
          void refresh();
        },
      },
    );
  }

  const title = asking ? `${asking.kind === "acknowledge" ? "Acknowledge" : "Resolve"} incident #${asking.incident.id}?` : "";
  const message =
    asking?.kind === "acknowledge"
      ? "The escalation stops now: no further level is notified. The timeline names you as the one who acknowledged it."
      : asking?.incident.status === "triggered"
        ? "The incident closes and its escalation stops, although nobody acknowledged it. A new failure of the job opens a new incident."
        : "The incident closes. A new failure of the job opens a new incident.";

  const dialogs = (
    <ConfirmDialog
      open={asking !== null}
      title={title}
      message={message}
      confirmLabel={asking?.kind === "resolve" ? "Resolve incident" : "Acknowledge incident"}
      loading={busy}
      onConfirm={() => asking && confirm(asking)}
      onCancel={() => setAsking(null)}
    >
      {asking && <p className="text-sm text-muted">{asking.incident.title}</p>}
    </ConfirmDialog>
  );
  return { askAcknowledge: (incident) => setAsking({ kind: "acknowledge", incident }), askResolve: (incident) => setAsking({ kind: "resolve", incident }), busy, dialogs };
}
