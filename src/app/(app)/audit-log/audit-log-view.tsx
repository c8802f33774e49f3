"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useSyncExternalStore } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { LiveIndicator } from "@/components/live/live-indicator";
import { liveQueryOptions } from "@/components/live/live-query-options";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { useTRPC } from "@/trpc/react";
import { hrefWith } from "../events/event-list-params";
import { useIsAdmin } from "../templates/use-is-admin";
import { AuditLogFilters } from "./audit-log-filters";
import { readAuditFilters, toAuditLogQuery, type TAuditFilters } from "./audit-log-params";
import { AuditLogTable } from "./audit-log-table";
import styles from "./audit-log.module.css";

const PAGE_SIZE = 50;
// New entries appear at the top; older ones never change, so a slow tick is enough.
const POLL_MS = 15_000;
const TITLE = "Audit log";
const DESCRIPTION = "Every change to settings, channels, rules, templates, policies, maintenance, keys and users, and every queue and incident action: who, when, from where, and what changed.";

const noSubscription = () => () => {};

/** The Audit log page, for admins: filters in the URL, newest first, "Load more" for older entries. */
export function AuditLogView() {
  const isAdmin = useIsAdmin();
  if (isAdmin === undefined) return <LoadingState label="Loading the audit log…" />;
  if (!isAdmin)
    return (
      <div className="stack stack--lg">
        <PageHeader title={TITLE} />
        <EmptyState title="Only admins can read the audit log" description="It shows who changed what across the whole service. Ask an admin if you need to know who changed something." />
      </div>
    );
  return <AdminAuditLog />;
}

function AdminAuditLog() {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = readAuditFilters(searchParams);
  // The time fields show the viewer's own clock, which the server cannot know: fill them in once in the browser.
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const options = useQuery(trpc.auditLog.filterOptions.queryOptions());
  const list = useInfiniteQuery({
    ...trpc.auditLog.list.infiniteQueryOptions({ ...toAuditLogQuery(filters), limit: PAGE_SIZE }, { getNextPageParam: (page) => page.next_cursor }),
    placeholderData: keepPreviousData,
    ...liveQueryOptions(POLL_MS),
  });

  const href = (changes: Record<string, string | undefined>) => hrefWith(pathname, searchParams, changes);
  const filtered = Object.values(filters).some(Boolean);
  const applyFilters = (next: TAuditFilters) => router.replace(hrefWith(pathname, new URLSearchParams(), { ...next }));
  const entries = list.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <div className="stack stack--lg">
      <PageHeader title={TITLE} description={DESCRIPTION} actions={<LiveIndicator query={list} />} />
      <AuditLogFilters key={`${JSON.stringify(filters)}:${inBrowser}`} filters={filters} options={options.data} onApply={applyFilters} clearHref={filtered ? pathname : undefined} />

      {list.isPending ? (
        <SkeletonRows rows={8} columns={6} label="Loading the audit log…" />
      ) : list.isError && entries.length === 0 ? (
        <ErrorState message={trpcErrorMessage(list.error)} onRetry={() => list.refetch()} retrying={list.isFetching} />
      ) : entries.length === 0 ? (
        filtered ? (
          <EmptyState title="No entries match these filters" description="Widen the time range or clear the filters to see everything." action={<ButtonLink href={pathname}>Clear filters</ButtonLink>} />
        ) : (
          <EmptyState title="Nothing recorded yet" description="Changes made in the UI, through the API or by the CLI appear here, with who made them and what changed." />
        )
      ) : (
        <>
          <AuditLogTable entries={entries} filterHref={href} />
          {list.isFetchNextPageError && (
            <Alert tone="danger" title="Could not load older entries" actions={<Button size="sm" onClick={() => list.fetchNextPage()}>Try again</Button>}>
              {trpcErrorMessage(list.error)}
            </Alert>
          )}
          <div className={styles.footer}>
            <p className="text-sm text-muted" aria-live="polite">
              {entries.length.toLocaleString()} {entries.length === 1 ? "entry" : "entries"}
              {list.hasNextPage ? " shown, newest first" : ", the oldest last"}
            </p>
            {list.hasNextPage && (
              <Button onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
                Load more
              </Button>
            )}
          </div>
        </>
      )}
    </div>
  );
}
