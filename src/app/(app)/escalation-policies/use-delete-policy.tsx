"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useToast } from "@/components/ui/toast";
import type { TEscalationPolicyView } from "@/server/incidents/escalation-policies";
import { useTRPC } from "@/trpc/react";

type TPolicyRef = Pick<TEscalationPolicyView, "id" | "name">;

/** Delete behind a confirmation that says which rules lose their escalation. */
export function useDeletePolicy(rulesUsing: (policyId: number) => string[]): { askDelete: (policy: TPolicyRef) => void; dialog: ReactNode } {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [deleting, setDeleting] = useState<TPolicyRef | null>(null);
  const remove = useMutation(trpc.escalationPolicies.delete.mutationOptions());

  function confirm(policy: TPolicyRef) {
    remove.mutate(
      { id: policy.id },
      {
        onSuccess: () => {
          toast({ tone: "success", title: `"${policy.name}" deleted` });
          void queryClient.invalidateQueries({ queryKey: trpc.escalationPolicies.pathKey() });
        },
        onError: (error) => toast({ tone: "danger", title: `Could not delete "${policy.name}"`, description: trpcErrorMessage(error) }),
        onSettled: () => setDeleting(null),
      },
    );
  }

  const rules = deleting ? rulesUsing(deleting.id) : [];
  const dialog = (
    <ConfirmDialog
      open={deleting !== null}
      title={`Delete "${deleting?.name}"?`}
      message={
        rules.length
          ? `${rules.length === 1 ? "The rule" : `${rules.length} rules`} ${rules.map((name) => `"${name}"`).join(", ")} name${rules.length === 1 ? "s" : ""} it and will escalate nothing. Open incidents of this policy stop escalating at their next level; their history is kept.`
          : "No rule names it. Open incidents of this policy stop escalating at their next level; their history is kept."
      }
      confirmLabel="Delete policy"
      tone="danger"
      loading={remove.isPending}
      onConfirm={() => deleting && confirm(deleting)}
      onCancel={() => setDeleting(null)}
    />
  );
  return { askDelete: setDeleting, dialog };
}
