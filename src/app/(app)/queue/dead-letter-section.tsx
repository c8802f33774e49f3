"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { liveQueryOptions } from "@/components/live/live-query-options";
import { ErrorState } from "@/components/ui/error-state";
import { Pagination } from "@/components/ui/pagination";
import { SkeletonRows } from "@/components/ui/skeleton";
import { useToast } from "@/components/ui/toast";
import { useTRPC } from "@/trpc/react";
import { DeadLetterTable } from "./dead-letter-table";

const PAGE_SIZE = 25;

function isForbidden(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "FORBIDDEN";
}

function countOf(n: number): string {
  return `${n} notification${n === 1 ? "" : "s"}`;
}

/** Notifications that exhausted their retries, for an admin to requeue or discard in bulk. */
export function DeadLetterSection() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [confirmDiscard, setConfirmDiscard] = useState(false);

  const list = useQuery({
    ...trpc.queue.deadLetters.queryOptions({ page, page_size: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    // Follows the queue beside it; a viewer is refused once, so there is nothing to follow.
    ...liveQueryOptions(({ error }) => (isForbidden(error) ? false : 5_000)),
  });
  // After a discard empties the last page, step back to the new last one.
  if (list.data && !list.isPlaceholderData && page > list.data.page_count) setPage(list.data.page_count);
  // Only rows still on screen count, so a row that left the queue meanwhile is never acted on unseen.
  const visibleIds = new Set(list.data?.items.map((item) => item.notification_id));
  const selectedIds = [...selected].filter((id) => visibleIds.has(id));

  const afterChange = () => {
    setSelected(new Set());
    void queryClient.invalidateQueries({ queryKey: trpc.queue.deadLetters.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.queue.status.queryKey() });
  };
  const onError = (title: string) => (error: unknown) => toast({ tone: "danger", title, description: trpcErrorMessage(error) });

  const requeue = useMutation(
    trpc.queue.requeue.mutationOptions({
      onSuccess: ({ requeued }, { notification_ids: ids }) => {
        afterChange();
        const skipped = ids.length - requeued;
        toast({
          tone: "success",
          title: `${countOf(requeued)} requeued`,
          description: skipped > 0 ? `${countOf(skipped)} had already left the dead-letter queue.` : "They are delivered with a fresh retry schedule.",
        });
      },
      onError: onError("Could not requeue"),
    }),
  );
  const discard = useMutation(
    trpc.queue.discard.mutationOptions({
      onSuccess: ({ discarded }) => {
        setConfirmDiscard(false);
        afterChange();
        toast({ tone: "success", title: `${countOf(discarded)} discarded`, description: "They stay in the history as failed." });
      },
      onError: (error) => {
        setConfirmDiscard(false);
        onError("Could not discard")(error);
      },
    }),
  );

  if (isForbidden(list.error)) {
    return (
      <Card>
        <CardHeader title="Dead-letter queue" />
        <CardBody>
          <Alert tone="info" title="Only admins can see the dead-letter queue">
            Notifications that failed every retry are listed here for admins to requeue or discard. Operators can retry a failed notification from its own
            page.
          </Alert>
        </CardBody>
      </Card>
    );
  }

  const busy = requeue.isPending || discard.isPending;
  return (
    <Card>
      <CardHeader
        title="Dead-letter queue"
        description="Notifications that failed every retry. Requeue them once the cause is fixed, or discard them."
        actions={
          <div className="cluster">
            {selectedIds.length > 0 && <span className="text-sm text-muted">{selectedIds.length} selected</span>}
            <Button
              disabled={selectedIds.length === 0 || discard.isPending}
              loading={requeue.isPending}
              onClick={() => requeue.mutate({ notification_ids: selectedIds })}
            >
              Requeue selected
            </Button>
            <Button disabled={selectedIds.length === 0 || busy} onClick={() => setConfirmDiscard(true)}>
              Discard selected
            </Button>
          </div>
        }
      />
      <ConfirmDialog
        open={confirmDiscard}
        title={`Discard ${countOf(selectedIds.length)}?`}
        message="They leave the dead-letter queue for good and are never sent; their history stays, marked failed."
        confirmLabel="Discard"
        tone="danger"
        loading={discard.isPending}
        onConfirm={() => discard.mutate({ notification_ids: selectedIds })}
        onCancel={() => setConfirmDiscard(false)}
      />
      <CardBody flush>
        {list.isPending ? (
          <SkeletonRows rows={4} columns={5} label="Loading dead letters…" />
        ) : list.isError ? (
          <ErrorState message={trpcErrorMessage(list.error)} onRetry={() => list.refetch()} retrying={list.isFetching} />
        ) : list.data.items.length === 0 ? (
          <EmptyState title="No dead letters" description="Every notification was delivered or is still being retried." />
        ) : (
          <>
            <DeadLetterTable items={list.data.items} selected={selected} onSelectedChange={setSelected} />
            <Pagination
              page={list.data.page}
              pageCount={list.data.page_count}
              onPageChange={(target) => {
                setSelected(new Set());
                setPage(target);
              }}
              summary={countOf(list.data.total)}
            />
          </>
        )}
      </CardBody>
    </Card>
  );
}
