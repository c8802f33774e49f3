"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SkeletonRows } from "@/components/ui/skeleton";
import { RowLink, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";

export function CaughtEmailList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pathname = usePathname();
  const page = Math.max(1, Number(useSearchParams().get("page") ?? 1) || 1);
  const [confirmClear, setConfirmClear] = useState(false);
  const list = useQuery({ ...trpc.mailCatcher.list.queryOptions({ page }), placeholderData: keepPreviousData, refetchInterval: 5_000 });
  const clear = useMutation(
    trpc.mailCatcher.clear.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.mailCatcher.list.queryKey() }),
    }),
  );

  return (
    <>
      <PageHeader
        title="Mail catcher"
        description="While no SMTP server is configured, every email is delivered to this built-in catcher instead of a real inbox."
        actions={
          <Button variant="secondary" onClick={() => setConfirmClear(true)} disabled={!list.data?.total} loading={clear.isPending}>
            Clear all
          </Button>
        }
      />
      <ConfirmDialog
        open={confirmClear}
        title="Delete every caught email?"
        message="This only empties the catcher; notifications and their delivery history stay."
        confirmLabel="Delete all"
        tone="danger"
        onConfirm={() => {
          setConfirmClear(false);
          clear.mutate();
        }}
        onCancel={() => setConfirmClear(false)}
      />
      {list.isPending ? (
        <SkeletonRows rows={6} columns={4} label="Loading caught emails…" />
      ) : list.isError ? (
        <ErrorState message={trpcErrorMessage(list.error)} onRetry={() => list.refetch()} retrying={list.isFetching} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title="No emails caught yet" description="Send a notification and it shows up here within seconds." />
      ) : (
        <>
          <Table caption="Caught emails" stack>
            <THead>
              <Tr>
                <Th>Subject</Th>
                <Th>To</Th>
                <Th>From</Th>
                <Th>Received</Th>
              </Tr>
            </THead>
            <TBody>
              {list.data.items.map((email) => (
                <Tr key={email.id}>
                  <Td label="Subject">
                    <RowLink href={`/mail/${email.id}`}>{email.subject}</RowLink>
                  </Td>
                  <Td label="To">{email.rcpt_to.join(", ")}</Td>
                  <Td label="From">{email.mail_from}</Td>
                  <Td label="Received" nowrap title={formatDateTime(email.received_at)}>
                    {formatRelative(email.received_at)}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          <Pagination page={list.data.page} pageCount={list.data.page_count} hrefForPage={(target) => `${pathname}?page=${target}`} summary={`${list.data.total} emails`} />
        </>
      )}
    </>
  );
}
