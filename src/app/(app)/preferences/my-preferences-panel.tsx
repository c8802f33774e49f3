"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { PreferencesForm } from "./preferences-form";

export function MyPreferencesPanel() {
  const trpc = useTRPC();
  const preferences = useQuery(trpc.preferences.get.queryOptions({}));
  return (
    <div className="stack stack--lg">
      <PageHeader
        title="My notification preferences"
        description="Where notifications addressed to you arrive, when they wait, and which events go where."
      />
      {preferences.isPending ? (
        <LoadingState label="Loading your preferences…" />
      ) : preferences.isError ? (
        <ErrorState message={trpcErrorMessage(preferences.error)} onRetry={() => preferences.refetch()} retrying={preferences.isFetching} />
      ) : (
        <PreferencesForm saved={preferences.data} />
      )}
    </div>
  );
}
