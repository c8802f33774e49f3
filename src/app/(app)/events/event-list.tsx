"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { LiveIndicator } from "@/components/live/live-indicator";
import { LIVE_INTERVAL_MS, liveQueryOptions } from "@/components/live/live-query-options";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { useTRPC } from "@/trpc/react";
import { ActiveMaintenanceNotice } from "../maintenance/active-maintenance-notice";
import { CursorPager } from "./cursor-pager";
import { EventFilters } from "./event-filters";
import { hrefWith, newerPage, olderPage, readEventListParams, toListEventsQuery, type TEventFilters } from "./event-list-params";
import { EventTable } from "./event-table";
import { EventsEmptyState } from "./events-empty-state";

const PAGE_SIZE = 50;

export function EventList() {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const { filters, cursor, newer } = readEventListParams(searchParams);
  const list = useQuery({
    ...trpc.events.list.queryOptions(toListEventsQuery(filters, cursor, PAGE_SIZE)),
    placeholderData: keepPreviousData,
    // New events arrive at the top; an older page changes only when a late routing lands.
    ...liveQueryOptions(cursor ? 30_000 : LIVE_INTERVAL_MS),
  });

  const href = (changes: Record<string, string | undefined>) => hrefWith(pathname, searchParams, changes);
  const filtered = Object.values(filters).some(Boolean);
  const applyFilters = (next: TEventFilters) => router.replace(href({ ...next, cursor: undefined, newer: undefined }));

  return (
    <>
      <PageHeader
        title="Events"
        description="What the executor and other systems reported, newest first, with who was told about each."
        actions={
          <div className="cluster">
            <ActiveMaintenanceNotice />
            <LiveIndicator query={list} />
          </div>
        }
      />
      <EventFilters key={JSON.stringify(filters)} filters={filters} onApply={applyFilters} clearHref={filtered ? pathname : undefined} />

      {list.isPending ? (
        <SkeletonRows rows={8} columns={6} label="Loading events…" />
      ) : list.isError ? (
        <ErrorState message={trpcErrorMessage(list.error)} onRetry={() => list.refetch()} retrying={list.isFetching} />
      ) : list.data.data.length === 0 ? (
        cursor ? (
          <EmptyState
            title="No older events"
            description="The events after this point are gone or no longer match."
            action={<ButtonLink href={href({ cursor: undefined, newer: undefined })}>Back to the newest</ButtonLink>}
          />
        ) : filtered ? (
          <EmptyState title="No events match these filters" description="Clear the filters to see everything." action={<ButtonLink href={pathname}>Clear filters</ButtonLink>} />
        ) : (
          <EventsEmptyState />
        )
      ) : (
        <>
          <EventTable events={list.data.data} />
          <CursorPager
            page={cursor ? newer.length + 2 : 1}
            newerHref={cursor ? href(newerPage(newer)) : undefined}
            olderHref={list.data.next_cursor ? href(olderPage(cursor, newer, list.data.next_cursor)) : undefined}
          />
        </>
      )}
    </>
  );
}
