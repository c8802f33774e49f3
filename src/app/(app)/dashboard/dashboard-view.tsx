"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { AttentionCards } from "./attention-cards";
import { DashboardFilters, type TDashboardFilters } from "./dashboard-filters";
import { readDashboardParams } from "./dashboard-params";
import { FailureTables } from "./failure-tables";
import { LatencyCard } from "./latency-card";
import { QueueCard } from "./queue-card";
import { SendsChart } from "./sends-chart";
import { StatTiles } from "./stat-tiles";
import { RANGE_WORDS } from "./stats-words";
import styles from "./dashboard.module.css";

/** Fresh enough to watch a queue drain, rare enough to leave the database alone. */
const REFRESH_MS = 30_000;

export function DashboardView() {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = readDashboardParams(searchParams);
  const stats = useQuery({ ...trpc.stats.overview.queryOptions(filters), refetchInterval: REFRESH_MS, placeholderData: keepPreviousData });

  function applyFilters(next: TDashboardFilters) {
    const params = new URLSearchParams();
    if (next.range !== "24h") params.set("range", next.range);
    if (next.channel) params.set("channel", next.channel);
    if (next.type) params.set("type", next.type);
    const query = params.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }

  return (
    <>
      <PageHeader title="Dashboard" description={`How delivery went over ${RANGE_WORDS[filters.range]}, and what needs a look now.`} />
      <DashboardFilters value={filters} onChange={applyFilters} busy={stats.isFetching} />
      {stats.isPending ? (
        <LoadingState label="Loading the figures…" />
      ) : stats.isError ? (
        <ErrorState message={trpcErrorMessage(stats.error)} onRetry={() => stats.refetch()} retrying={stats.isFetching} />
      ) : (
        <div className={styles.sections} aria-busy={stats.isPlaceholderData || undefined}>
          <AttentionCards incidents={stats.data.incidents} maintenance={stats.data.maintenance} />
          <StatTiles stats={stats.data} />
          <div className={styles.split}>
            <SendsChart stats={stats.data} />
            <div className={styles.side}>
              <LatencyCard latency={stats.data.latency_ms} />
              <QueueCard queue={stats.data.queue} />
            </div>
          </div>
          <FailureTables destinations={stats.data.top_failing_destinations} errors={stats.data.top_errors} />
        </div>
      )}
    </>
  );
}
