"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { LiveIndicator } from "@/components/live/live-indicator";
import { liveQueryOptions } from "@/components/live/live-query-options";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { useTRPC } from "@/trpc/react";
import { IncidentPager } from "./incident-pager";
import { INCIDENT_FILTERS, newerHref, olderHref, readIncidentListParams, statusHref, toListIncidentsQuery, type TIncidentFilter } from "./incident-list-params";
import { IncidentTable } from "./incident-table";
import styles from "./incidents.module.css";

const PAGE_SIZE = 50;

const DESCRIPTION =
  "An incident opens when a rule escalates a failing job: its policy's levels are notified one after another until someone acknowledges it, and it resolves when the job recovers.";

const EMPTY: Record<TIncidentFilter, { title: string; description: string }> = {
  open: { title: "No open incidents", description: "All quiet: nothing is escalating or waiting for someone to fix it." },
  triggered: { title: "Nothing is waiting for an acknowledgement", description: "Every open incident has been acknowledged." },
  acknowledged: { title: "No acknowledged incidents", description: "Incidents someone is working on show here until they are resolved." },
  resolved: { title: "No resolved incidents", description: "Incidents show here once the job recovers or someone resolves them." },
  all: {
    title: "No incidents yet",
    description: "Incidents open when a rule with an escalation policy matches a failing job. Admins set up the policy under Escalation policies and name it in a rule.",
  },
};

/** The Incidents page: open ones first, by status, a page at a time; the first page follows new escalations by itself. */
export function IncidentList() {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const { status, cursor, newer } = readIncidentListParams(searchParams);
  const list = useQuery({
    ...trpc.incidents.list.queryOptions(toListIncidentsQuery(status, cursor, PAGE_SIZE)),
    placeholderData: keepPreviousData,
    // Levels escalate and jobs recover on their own; older pages hold mostly resolved ones.
    ...liveQueryOptions(cursor ? 30_000 : 10_000),
  });

  return (
    <div className="stack stack--lg">
      <PageHeader title="Incidents" description={DESCRIPTION} actions={<LiveIndicator query={list} />} />
      <div className={styles.filters}>
        <div className="segmented" role="group" aria-label="Show">
          {INCIDENT_FILTERS.map((option) => (
            <Button key={option.id} size="sm" variant="ghost" aria-pressed={status === option.id} onClick={() => router.push(statusHref(pathname, option.id), { scroll: false })}>
              {option.label}
            </Button>
          ))}
        </div>
      </div>
      {list.isPending ? (
        <SkeletonRows rows={5} columns={6} label="Loading incidents…" />
      ) : list.isError ? (
        <ErrorState message={trpcErrorMessage(list.error)} onRetry={() => list.refetch()} retrying={list.isFetching} />
      ) : list.data.data.length === 0 ? (
        <Card>
          {cursor ? (
            <EmptyState title="No older incidents" description="The incidents after this point no longer match." action={<ButtonLink href={statusHref(pathname, status)}>Back to the newest</ButtonLink>} />
          ) : (
            <EmptyState
              title={EMPTY[status].title}
              description={EMPTY[status].description}
              action={status === "all" ? undefined : <ButtonLink href={statusHref(pathname, "all")}>Show all incidents</ButtonLink>}
            />
          )}
        </Card>
      ) : (
        <>
          <Card>
            <CardBody flush>
              <IncidentTable incidents={list.data.data} />
            </CardBody>
          </Card>
          <IncidentPager
            page={cursor ? newer.length + 2 : 1}
            newerHref={cursor ? newerHref(pathname, status, newer) : undefined}
            olderHref={list.data.next_cursor ? olderHref(pathname, status, cursor, newer, list.data.next_cursor) : undefined}
          />
        </>
      )}
    </div>
  );
}
