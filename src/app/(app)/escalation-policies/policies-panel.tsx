"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { useTRPC } from "@/trpc/react";
import { useIsAdmin } from "../templates/use-is-admin";
import { AdminsOnlyNotice } from "./admins-only-notice";
import { PoliciesTable } from "./policies-table";
import { useDeletePolicy } from "./use-delete-policy";

const DESCRIPTION =
  "A policy says who is told, in what order, until someone acknowledges: level 1 with the event, each later level after its wait. A rule escalates the events it matches with a policy; each becomes an incident.";

function isForbidden(error: unknown): boolean {
  return (error as { data?: { code?: string } | null }).data?.code === "FORBIDDEN";
}

/** The Escalation policies page, for admins: every policy with its levels, edited and deleted from here. */
export function PoliciesPanel() {
  const isAdmin = useIsAdmin();
  if (isAdmin === undefined) return <LoadingState label="Loading escalation policies…" />;
  if (!isAdmin) return <AdminsOnlyNotice />;
  return <AdminPoliciesPanel />;
}

function AdminPoliciesPanel() {
  const trpc = useTRPC();
  const list = useQuery(trpc.escalationPolicies.list.queryOptions());
  // For names and "used by" only; a failure leaves "user 12" and "…", which are still true.
  const users = useQuery(trpc.users.list.queryOptions());
  const rules = useQuery(trpc.rules.list.queryOptions());

  const userLabel = useCallback(
    (user: number | string) => {
      const found = users.data?.find((candidate) => candidate.id === user || candidate.email === user);
      return found ? (found.name ?? found.email) : undefined;
    },
    [users.data],
  );
  const rulesUsing = useCallback(
    (policyId: number) => rules.data?.filter((rule) => rule.actions.escalation_policy === policyId).map((rule) => ({ id: rule.id, name: rule.name })),
    [rules.data],
  );
  const { askDelete, dialog } = useDeletePolicy((policyId) => (rulesUsing(policyId) ?? []).map((rule) => rule.name));

  if (list.isError && isForbidden(list.error)) return <AdminsOnlyNotice />;
  return (
    <div className="stack stack--lg">
      <PageHeader
        title="Escalation policies"
        description={DESCRIPTION}
        actions={
          <ButtonLink href="/escalation-policies/new" variant="primary">
            New policy
          </ButtonLink>
        }
      />
      {list.isPending ? (
        <SkeletonRows rows={3} columns={5} label="Loading escalation policies…" />
      ) : list.isError ? (
        <ErrorState message={trpcErrorMessage(list.error)} onRetry={() => list.refetch()} retrying={list.isFetching} />
      ) : list.data.length === 0 ? (
        <Card>
          <EmptyState
            title="No escalation policies yet"
            description="Create one to page the on-call person first and someone else if nobody acknowledges, then have a rule escalate with it (its escalation_policy action, by the id shown here)."
            action={<ButtonLink href="/escalation-policies/new">Create policy</ButtonLink>}
          />
        </Card>
      ) : (
        <Card>
          <CardBody flush>
            <PoliciesTable policies={list.data} userLabel={userLabel} rulesUsing={rulesUsing} onDelete={askDelete} />
          </CardBody>
        </Card>
      )}
      {dialog}
    </div>
  );
}
