"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { LiveIndicator } from "@/components/live/live-indicator";
import { liveQueryOptions } from "@/components/live/live-query-options";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { SkeletonRows } from "@/components/ui/skeleton";
import { notificationStatusMeta, StatusBadge } from "@/components/ui/status-badge";
import { RowLink, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { useTRPC } from "@/trpc/react";

const PAGE_SIZE = 25;
const STATUS_OPTIONS = Object.entries(notificationStatusMeta).map(([value, meta]) => ({ value, label: meta.label }));

export function NotificationList() {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const page = Math.max(1, Number(searchParams.get("page") ?? 1) || 1);
  const status = searchParams.get("status") ?? "";
  const type = searchParams.get("type") ?? "";
  // "View all" in a summary message: the notifications that summary listed.
  const fold = Number(searchParams.get("fold")) || undefined;

  const list = useQuery({
    ...trpc.notifications.list.queryOptions({ page, page_size: PAGE_SIZE, status: status || undefined, notification_type: type || undefined, fold }),
    placeholderData: keepPreviousData,
    ...liveQueryOptions(),
  });
  const types = useQuery(trpc.notifications.types.queryOptions());

  const hrefWith = (changes: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === "") params.delete(key);
      else params.set(key, String(value));
    }
    const query = params.toString();
    return query ? `${pathname}?${query}` : pathname;
  };
  const filtered = Boolean(status || type || fold);

  return (
    <>
      <PageHeader title="Notifications" description="Everything this service was asked to deliver, newest first." actions={<LiveIndicator query={list} />} />
      <div className="toolbar" role="search" aria-label="Filter notifications">
        <SelectField
          label="Status"
          value={status}
          placeholder="All statuses"
          options={STATUS_OPTIONS}
          onChange={(event) => router.replace(hrefWith({ status: event.target.value, page: undefined }))}
        />
        <SelectField
          label="Type"
          value={type}
          placeholder="All types"
          options={(types.data ?? []).map((value) => ({ value, label: value }))}
          onChange={(event) => router.replace(hrefWith({ type: event.target.value, page: undefined }))}
        />
        {fold ? (
          <p className="text-muted text-sm">
            Held back together and listed in summary #{fold}. <Link href={hrefWith({ fold: undefined, page: undefined })}>Show all notifications</Link>
          </p>
        ) : null}
      </div>

      {list.isPending ? (
        <SkeletonRows rows={8} columns={5} label="Loading notifications…" />
      ) : list.isError ? (
        <ErrorState message={trpcErrorMessage(list.error)} onRetry={() => list.refetch()} retrying={list.isFetching} />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          title={filtered ? "No notifications match these filters" : "No notifications yet"}
          description={
            filtered
              ? "Clear the filters to see everything."
              : "When the executor calls POST /api/v1/notifications with an API key, each notification appears here with its delivery status."
          }
        />
      ) : (
        <>
          <Table caption="Notifications" stack>
            <THead>
              <Tr>
                <Th>Subject</Th>
                <Th>Recipient</Th>
                <Th>Type</Th>
                <Th>Status</Th>
                <Th>Created</Th>
              </Tr>
            </THead>
            <TBody>
              {list.data.items.map((notification) => (
                <Tr key={notification.id}>
                  <Td label="Subject">
                    <RowLink href={`/notifications/${notification.id}`}>{notification.subject}</RowLink>
                  </Td>
                  <Td label="Recipient">{notification.recipient_email}</Td>
                  <Td label="Type" mono>
                    {notification.notification_type}
                  </Td>
                  <Td label="Status">
                    <StatusBadge status={notification.status.toUpperCase()} />
                  </Td>
                  <Td label="Created" nowrap title={formatDateTime(notification.created_at)}>
                    {formatRelative(notification.created_at)}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          <Pagination
            page={list.data.page}
            pageCount={list.data.page_count}
            hrefForPage={(target) => hrefWith({ page: target === 1 ? undefined : target })}
            summary={`${list.data.total} notifications`}
          />
        </>
      )}
    </>
  );
}
