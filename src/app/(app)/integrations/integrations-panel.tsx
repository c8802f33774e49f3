"use client";

import { useQuery } from "@tanstack/react-query";
import { liveQueryOptions } from "@/components/live/live-query-options";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { useTRPC } from "@/trpc/react";
import { useIsAdmin } from "../templates/use-is-admin";
import { ReceiverCard } from "./receiver-card";

const DESCRIPTION =
  "Point Alertmanager or Grafana alerting at Notify: every alert becomes an event, routed by the same rules, preferences, quiet hours and escalation as job events, with the same decision trail. A resolved alert sends one recovery message to those told and resolves its incident.";

/** A payload arrives every few minutes at most; a slow poll shows it without a reload. */
const POLL_MS = 10_000;

/** The Integrations page, for admins: each receiver's URL, what to paste into the sender, and the payloads it got. */
export function IntegrationsPanel() {
  const isAdmin = useIsAdmin();
  if (isAdmin === undefined) return <LoadingState label="Loading integrations…" />;
  if (!isAdmin) {
    return (
      <div className="stack stack--lg">
        <PageHeader title="Integrations" />
        <EmptyState
          title="Only admins set up integrations"
          description="An admin connects Alertmanager and Grafana; the alerts they send are on the Events page for everyone."
          action={<ButtonLink href="/events">Go to events</ButtonLink>}
        />
      </div>
    );
  }
  return <AdminIntegrationsPanel />;
}

function AdminIntegrationsPanel() {
  const trpc = useTRPC();
  const overview = useQuery({ ...trpc.integrations.overview.queryOptions(), ...liveQueryOptions(POLL_MS) });
  return (
    <div className="stack stack--lg">
      <PageHeader title="Integrations" description={DESCRIPTION} actions={<ButtonLink href="/api-keys">API keys</ButtonLink>} />
      {overview.isPending ? (
        <SkeletonRows rows={4} columns={4} label="Loading integrations…" />
      ) : overview.isError ? (
        <ErrorState message={trpcErrorMessage(overview.error)} onRetry={() => overview.refetch()} retrying={overview.isFetching} />
      ) : (
        overview.data.map((receiver) => <ReceiverCard key={receiver.id} receiver={receiver} />)
      )}
    </div>
  );
}
