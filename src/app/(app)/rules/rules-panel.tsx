"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { useToast } from "@/components/ui/toast";
import type { TRuleView } from "@/server/rules/rule-view";
import { useTRPC } from "@/trpc/react";
import { moveButtonId, RulesTable } from "./rules-table";

const DESCRIPTION =
  "Rules run top to bottom: each one that matches an event may notify people, change its severity, suppress it or stop the rules below; an event that no rule matches goes only to its own recipients.";

/** The Rules page: the list in evaluation order, switched, moved and deleted in place. */
export function RulesPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const listKey = trpc.rules.list.queryKey();
  const list = useQuery(trpc.rules.list.queryOptions());
  // Only for names in the summaries; a failure leaves "user 12", which is still true.
  const users = useQuery(trpc.users.list.queryOptions());
  const update = useMutation(trpc.rules.setEnabled.mutationOptions());
  const reorder = useMutation(trpc.rules.reorder.mutationOptions());
  const remove = useMutation(trpc.rules.delete.mutationOptions());
  const [toggling, setToggling] = useState<Record<number, boolean>>({});
  const [deleting, setDeleting] = useState<TRuleView | null>(null);
  const [movingId, setMovingId] = useState<number | null>(null);
  const focusAfterMove = useRef<{ id: number; delta: -1 | 1 } | null>(null);

  const userLabel = useCallback(
    (user: number | string) => {
      const found = users.data?.find((candidate) => candidate.id === user || candidate.email === user);
      return found ? (found.name ?? found.email) : undefined;
    },
    [users.data],
  );

  // Rows move in the DOM, which drops focus: put it back on the button pressed, or its twin at an edge.
  useEffect(() => {
    const moved = focusAfterMove.current;
    if (!moved) return;
    focusAfterMove.current = null;
    const pressed = document.getElementById(moveButtonId(moved.id, moved.delta));
    const target = pressed instanceof HTMLButtonElement && !pressed.disabled ? pressed : document.getElementById(moveButtonId(moved.id, moved.delta === -1 ? 1 : -1));
    target?.focus();
  }, [list.data]);

  function toggle(rule: TRuleView, enabled: boolean) {
    setToggling((current) => ({ ...current, [rule.id]: enabled }));
    update.mutate(
      { id: rule.id, enabled },
      {
        onSuccess: (saved) => {
          queryClient.setQueryData(listKey, (rules) => rules?.map((candidate) => (candidate.id === saved.id ? saved : candidate)));
          toast({ tone: "success", title: `"${saved.name}" is ${saved.enabled ? "on" : "off"}` });
        },
        onError: (error) => toast({ tone: "danger", title: `Could not switch "${rule.name}" ${enabled ? "on" : "off"}`, description: trpcErrorMessage(error) }),
        onSettled: () =>
          setToggling((current) => {
            const { [rule.id]: _done, ...rest } = current;
            return rest;
          }),
      },
    );
  }

  function move(rule: TRuleView, delta: -1 | 1) {
    const rules = list.data ?? [];
    const from = rules.findIndex((candidate) => candidate.id === rule.id);
    const to = from + delta;
    if (reorder.isPending || from < 0 || to < 0 || to >= rules.length) return;
    const next = [...rules];
    next.splice(from, 1);
    next.splice(to, 0, rule);
    queryClient.setQueryData(listKey, next);
    focusAfterMove.current = { id: rule.id, delta };
    setMovingId(rule.id);
    reorder.mutate(
      { ids: next.map((candidate) => candidate.id) },
      {
        onSuccess: (saved) => {
          queryClient.setQueryData(listKey, saved);
          toast({ tone: "success", title: `"${rule.name}" moved to position ${to + 1} of ${rules.length}` });
        },
        onError: (error) => {
          queryClient.setQueryData(listKey, rules);
          void list.refetch();
          toast({ tone: "danger", title: `Could not move "${rule.name}"`, description: trpcErrorMessage(error) });
        },
        onSettled: () => setMovingId(null),
      },
    );
  }

  function confirmDelete(rule: TRuleView) {
    remove.mutate(
      { id: rule.id },
      {
        onSuccess: () => {
          toast({ tone: "success", title: `"${rule.name}" deleted` });
          void queryClient.invalidateQueries({ queryKey: listKey });
        },
        onError: (error) => toast({ tone: "danger", title: "Could not delete the rule", description: trpcErrorMessage(error) }),
        onSettled: () => setDeleting(null),
      },
    );
  }

  return (
    <div className="stack stack--lg">
      <PageHeader
        title="Rules"
        description={DESCRIPTION}
        actions={
          <ButtonLink href="/rules/new" variant="primary">
            New rule
          </ButtonLink>
        }
      />
      {list.isPending ? (
        <SkeletonRows rows={4} columns={5} label="Loading rules…" />
      ) : list.isError ? (
        <ErrorState message={trpcErrorMessage(list.error)} onRetry={() => list.refetch()} retrying={list.isFetching} />
      ) : list.data.length === 0 ? (
        <Card>
          <EmptyState
            title="No rules yet"
            description="Without rules, every event goes only to the recipients it names. Add a rule to page the on-call team, quieten noisy jobs or raise the severity of what matters."
            action={<ButtonLink href="/rules/new">Create rule</ButtonLink>}
          />
        </Card>
      ) : (
        <Card>
          <CardBody flush>
            <RulesTable
              rules={list.data}
              userLabel={userLabel}
              toggling={toggling}
              movingId={movingId}
              onToggle={toggle}
              onMove={move}
              onDelete={setDeleting}
            />
          </CardBody>
        </Card>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete "${deleting?.name}"?`}
        message="Events stop being routed by it at once. Decisions it already made keep its name in their reason."
        confirmLabel="Delete rule"
        tone="danger"
        loading={remove.isPending}
        onConfirm={() => deleting && confirmDelete(deleting)}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}
