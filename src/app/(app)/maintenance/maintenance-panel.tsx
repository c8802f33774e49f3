"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { useTRPC } from "@/trpc/react";
import { MaintenanceTable } from "./maintenance-table";
import styles from "./maintenance.module.css";
import { useMaintenanceAccess } from "./use-maintenance-access";
import { useWindowActions } from "./use-window-actions";

const DESCRIPTION =
  "While a window is active, the events it covers are held and summarised when it ends, instead of paging anyone; critical events follow the window's setting.";

const FILTERS = [
  { id: "all", label: "All" },
  { id: "active", label: "Active now" },
  { id: "upcoming", label: "Upcoming" },
  { id: "past", label: "Past" },
] as const;
type TFilter = (typeof FILTERS)[number]["id"];

const EMPTY: Record<TFilter, string> = {
  all: "No maintenance windows yet",
  active: "No window is active now",
  upcoming: "No upcoming windows",
  past: "No past windows",
};

function isForbidden(error: unknown): boolean {
  return (error as { data?: { code?: string } | null }).data?.code === "FORBIDDEN";
}

/** The Maintenance page: windows by status, with End now and Delete for admins. */
export function MaintenancePanel() {
  const trpc = useTRPC();
  const access = useMaintenanceAccess();
  const [filter, setFilter] = useState<TFilter>("all");
  // Windows start and end by themselves: refresh so "Active now" stays true on an open page.
  const list = useQuery({ ...trpc.maintenanceWindows.list.queryOptions({ status: filter }), refetchInterval: 30_000 });
  const { askEnd, askDelete, dialogs } = useWindowActions();
  const canWrite = access?.canWrite ?? false;

  return (
    <div className="stack stack--lg">
      <PageHeader
        title="Maintenance"
        description={DESCRIPTION}
        actions={
          canWrite && (
            <ButtonLink href="/maintenance/new" variant="primary">
              New window
            </ButtonLink>
          )
        }
      />
      <div className={styles.filters}>
        <div className="segmented" role="group" aria-label="Show">
          {FILTERS.map((option) => (
            <Button key={option.id} size="sm" variant="ghost" aria-pressed={filter === option.id} onClick={() => setFilter(option.id)}>
              {option.label}
            </Button>
          ))}
        </div>
      </div>
      {list.isPending ? (
        <SkeletonRows rows={4} columns={5} label="Loading maintenance windows…" />
      ) : list.isError ? (
        isForbidden(list.error) ? (
          <EmptyState title="Maintenance windows are for operators and admins" description="Ask an admin if you need to see or plan maintenance." />
        ) : (
          <ErrorState message={trpcErrorMessage(list.error)} onRetry={() => list.refetch()} retrying={list.isFetching} />
        )
      ) : list.data.length === 0 ? (
        <Card>
          <EmptyState
            title={EMPTY[filter]}
            description="Plan one before a deploy or a database upgrade, so the failures it causes are summarised once instead of paging the on-call team."
            action={canWrite && filter === "all" ? <ButtonLink href="/maintenance/new">Create window</ButtonLink> : undefined}
          />
        </Card>
      ) : (
        <Card>
          <CardBody flush>
            <MaintenanceTable windows={list.data} canWrite={canWrite} onEnd={askEnd} onDelete={askDelete} />
          </CardBody>
        </Card>
      )}
      {dialogs}
    </div>
  );
}
