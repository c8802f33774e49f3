"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { TemplateForm } from "./template-form";

const BACK = { href: "/templates", label: "Templates" };

/** Loads a saved template into the editor, with loading, not-found and error states. */
export function TemplateEditLoader({ templateKey }: { templateKey: string }) {
  const trpc = useTRPC();
  // The form copies the template once; a refetch while it is open would be ignored, so none is made.
  const query = useQuery({ ...trpc.templates.byKey.queryOptions({ key: templateKey }), staleTime: Infinity, refetchOnWindowFocus: false });

  if (query.isError && (query.error as { data?: { code?: string } | null }).data?.code === "NOT_FOUND") {
    return (
      <div className="stack stack--lg">
        <PageHeader title="Template not found" back={BACK} />
        <EmptyState title={`There is no template “${templateKey}”`} description="It may have been deleted." action={<ButtonLink href="/templates">Back to templates</ButtonLink>} />
      </div>
    );
  }
  if (query.isPending) return <LoadingState label="Loading template…" />;
  if (query.isError) {
    return (
      <div className="stack stack--lg">
        <PageHeader title="Edit template" back={BACK} />
        <ErrorState message={trpcErrorMessage(query.error)} onRetry={() => query.refetch()} retrying={query.isFetching} />
      </div>
    );
  }
  return <TemplateForm key={query.data.key} template={query.data} />;
}
