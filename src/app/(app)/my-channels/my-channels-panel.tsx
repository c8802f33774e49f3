"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ButtonLink } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { MyChannelsForm } from "./my-channels-form";

export function MyChannelsPanel() {
  const trpc = useTRPC();
  const channels = useQuery(trpc.channels.personal.get.queryOptions());
  return (
    <div className="stack stack--lg">
      <PageHeader
        title="My channels"
        description="Where notifications addressed to you arrive besides email: your own Slack, Teams, webhook and phone. Stored encrypted, shown masked."
        actions={
          <ButtonLink href="/channels/test" variant="secondary">
            Test all channels
          </ButtonLink>
        }
      />
      {channels.isPending ? (
        <LoadingState label="Loading your channels…" />
      ) : channels.isError ? (
        <ErrorState message={trpcErrorMessage(channels.error)} onRetry={() => channels.refetch()} retrying={channels.isFetching} />
      ) : (
        <MyChannelsForm saved={channels.data} />
      )}
    </div>
  );
}
