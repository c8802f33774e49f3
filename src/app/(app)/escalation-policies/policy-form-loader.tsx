"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { useIsAdmin } from "../templates/use-is-admin";
import { AdminsOnlyNotice } from "./admins-only-notice";
import { PolicyForm } from "./policy-form";

const BACK = { href: "/escalation-policies", label: "Escalation policies" };

function NotFound({ description }: { description: string }) {
  return (
    <div className="stack stack--lg">
      <PageHeader title="Escalation policy not found" back={BACK} />
      <EmptyState title="There is no such escalation policy" description={description} action={<ButtonLink href={BACK.href}>Back to escalation policies</ButtonLink>} />
    </div>
  );
}

/** Only admins get the form; anyone else is told who may change policies. */
function AdminsOnly({ title, children }: { title: string; children: ReactNode }) {
  const isAdmin = useIsAdmin();
  if (isAdmin === undefined) return <LoadingState label="Loading…" />;
  if (!isAdmin) return <AdminsOnlyNotice title={title} />;
  return children;
}

export function NewPolicyLoader() {
  return (
    <AdminsOnly title="New escalation policy">
      <PolicyForm policy={null} />
    </AdminsOnly>
  );
}

function EditForm({ id }: { id: number }) {
  const trpc = useTRPC();
  // The form copies the policy once: no refetch while it is open, and a fresh load on every visit.
  const query = useQuery({ ...trpc.escalationPolicies.byId.queryOptions({ id }), staleTime: Infinity, gcTime: 0, refetchOnWindowFocus: false });
  const code = query.isError ? (query.error as { data?: { code?: string } | null }).data?.code : undefined;
  if (code === "NOT_FOUND") return <NotFound description="It may have been deleted." />;
  if (code === "FORBIDDEN") return <AdminsOnlyNotice title="Edit escalation policy" />;
  if (query.isPending) return <LoadingState label="Loading escalation policy…" />;
  if (query.isError) {
    return (
      <div className="stack stack--lg">
        <PageHeader title="Edit escalation policy" back={BACK} />
        <ErrorState message={trpcErrorMessage(query.error)} onRetry={() => query.refetch()} retrying={query.isFetching} />
      </div>
    );
  }
  return <PolicyForm key={query.data.id} policy={query.data} />;
}

export function EditPolicyLoader({ id }: { id: number }) {
  if (!Number.isInteger(id) || id <= 0) return <NotFound description="That is not an escalation policy's address." />;
  return (
    <AdminsOnly title="Edit escalation policy">
      <EditForm id={id} />
    </AdminsOnly>
  );
}
