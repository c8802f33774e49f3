"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { LiveIndicator } from "@/components/live/live-indicator";
import { liveQueryOptions } from "@/components/live/live-query-options";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { DeadLetterSection } from "./dead-letter-section";
import { PauseToggle } from "./pause-toggle";
import { WorkerStatusPanel } from "./worker-status-panel";

export function QueueView() {
  const trpc = useTRPC();
  const me = useQuery(trpc.me.queryOptions());
  const status = useQuery({ ...trpc.queue.status.queryOptions(), ...liveQueryOptions() });

  return (
    <>
      <PageHeader
        title="Queue"
        description="Whether notifications are being sent right now, what is waiting, and what gave up."
        actions={
          <div className="cluster">
            <LiveIndicator query={status} />
            {me.data?.role === "ADMIN" && status.data ? <PauseToggle paused={status.data.paused} /> : null}
          </div>
        }
      />
      <div className="stack stack--lg">
        {status.isPending ? (
          <LoadingState label="Loading queue status…" />
        ) : status.isError ? (
          <ErrorState message={trpcErrorMessage(status.error)} onRetry={() => status.refetch()} retrying={status.isFetching} />
        ) : (
          <WorkerStatusPanel status={status.data} />
        )}
        <DeadLetterSection />
      </div>
    </>
  );
}
