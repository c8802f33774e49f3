"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import type { TMaintenanceWindowView } from "@/server/maintenance/maintenance-window-schema";
import { useTRPC } from "@/trpc/react";

type TWindowRef = Pick<TMaintenanceWindowView, "id" | "name" | "kind">;

/** "End now" and "Delete", each behind a confirmation; the list and the detail page share them. */
export function useWindowActions(options: { onDeleted?: () => void } = {}): { askEnd: (window: TWindowRef) => void; askDelete: (window: TWindowRef) => void; dialogs: ReactNode } {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [ending, setEnding] = useState<TWindowRef | null>(null);
  const [deleting, setDeleting] = useState<TWindowRef | null>(null);
  const end = useMutation(trpc.maintenanceWindows.end.mutationOptions());
  const remove = useMutation(trpc.maintenanceWindows.delete.mutationOptions());

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.maintenanceWindows.pathKey() });

  function confirmEnd(window: TWindowRef) {
    end.mutate(
      { id: window.id },
      {
        onSuccess: () => {
          toast({ tone: "success", title: `"${window.name}" ended`, description: "Events are routed as usual again; what it held is summarised now." });
          void refresh();
        },
        onError: (error) => toast({ tone: "danger", title: `Could not end "${window.name}"`, description: trpcErrorMessage(error) }),
        onSettled: () => setEnding(null),
      },
    );
  }

  function confirmDelete(window: TWindowRef) {
    remove.mutate(
      { id: window.id },
      {
        onSuccess: () => {
          toast({ tone: "success", title: `"${window.name}" deleted` });
          void refresh();
          options.onDeleted?.();
        },
        onError: (error) => toast({ tone: "danger", title: `Could not delete "${window.name}"`, description: trpcErrorMessage(error) }),
        onSettled: () => setDeleting(null),
      },
    );
  }

  const dialogs = (
    <>
      <ConfirmDialog
        open={ending !== null}
        title={`End "${ending?.name}" now?`}
        message={
          ending?.kind === "recurring"
            ? "This occurrence ends now; the window comes back at its next occurrence. Held events are summarised at once."
            : "The window ends now and does not come back. Held events are summarised at once."
        }
        confirmLabel="End now"
        loading={end.isPending}
        onConfirm={() => ending && confirmEnd(ending)}
        onCancel={() => setEnding(null)}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete "${deleting?.name}"?`}
        message="It stops holding events at once, and what it held is summarised now. Its history is kept."
        confirmLabel="Delete window"
        tone="danger"
        loading={remove.isPending}
        onConfirm={() => deleting && confirmDelete(deleting)}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
  return { askEnd: setEnding, askDelete: setDeleting, dialogs };
}
