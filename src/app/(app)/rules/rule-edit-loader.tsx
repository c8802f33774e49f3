"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { RuleForm } from "./rule-form";

const BACK = { href: "/rules", label: "Rules" };

/** Loads a saved rule into the editor, with loading, not-found and error states. */
export function RuleEditLoader({ id }: { id: number }) {
  const trpc = useTRPC();
  const valid = Number.isInteger(id) && id > 0;
  // The form copies the rule once, so no refetch while it is open (it would be ignored); gcTime 0 makes
  // every visit load it afresh, so switches flipped on the list meanwhile are not lost.
  const query = useQuery({ ...trpc.rules.byId.queryOptions({ id }), enabled: valid, staleTime: Infinity, gcTime: 0, refetchOnWindowFocus: false });

  const notFound = !valid || (query.isError && (query.error as { data?: { code?: string } | null }).data?.code === "NOT_FOUND");
  if (notFound) {
    return (
      <div className="stack stack--lg">
        <PageHeader title="Rule not found" back={BACK} />
        <EmptyState title="There is no such rule" description="It may have been deleted." action={<ButtonLink href="/rules">Back to rules</ButtonLink>} />
      </div>
    );
  }
  if (query.isPending) return <LoadingState label="Loading rule…" />;
  if (query.isError) {
    return (
      <div className="stack stack--lg">
        <PageHeader title="Edit rule" back={BACK} />
        <ErrorState message={trpcErrorMessage(query.error)} onRetry={() => query.refetch()} retrying={query.isFetching} />
      </div>
    );
  }
  return <RuleForm key={query.data.id} rule={query.data} />;
}
