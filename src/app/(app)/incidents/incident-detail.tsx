"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { LiveIndicator } from "@/components/live/live-indicator";
import { liveQueryOptions } from "@/components/live/live-query-options";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { IncidentActions } from "./incident-actions";
import { IncidentSummary } from "./incident-summary";
import { timelineWithNotifications } from "./incident-timeline";
import { IncidentTimelineList, NotifiedList } from "./incident-timeline-list";
import { useIncidentAccess } from "./use-incident-access";
import { useIncidentActions } from "./use-incident-actions";

const BACK = { href: "/incidents", label: "Incidents" };

function NotFound({ description }: { description: string }) {
  return (
    <div className="stack stack--lg">
      <PageHeader title="Incident not found" back={BACK} />
      <EmptyState title="There is no such incident" description={description} action={<ButtonLink href="/incidents">Back to incidents</ButtonLink>} />
    </div>
  );
}

/** One incident: where it stands, its timeline with who was told on each level, and Acknowledge / Resolve for operators. */
export function IncidentDetail({ id }: { id: number }) {
  const trpc = useTRPC();
  const access = useIncidentAccess();
  const actions = useIncidentActions();
  const valid = Number.isInteger(id) && id > 0;
  const query = useQuery({
    ...trpc.incidents.byId.queryOptions({ id }),
    enabled: valid,
    // An open incident escalates (or recovers) by itself: follow it while the page is open.
    ...liveQueryOptions<{ status: string }>(({ data }) => (data?.status === "resolved" ? 30_000 : 10_000)),
  });

  if (!valid) return <NotFound description="That is not an incident's address." />;
  if (query.isError && (query.error as { data?: { code?: string } | null }).data?.code === "NOT_FOUND") return <NotFound description="Check the link, or find it in the list of incidents." />;
  if (query.isPending) return <LoadingState label="Loading incident…" />;
  if (query.isError) {
    return (
      <div className="stack stack--lg">
        <PageHeader title="Incident" back={BACK} />
        <ErrorState message={trpcErrorMessage(query.error)} onRetry={() => query.refetch()} retrying={query.isFetching} />
      </div>
    );
  }

  const incident = query.data;
  const { rows, unplaced } = timelineWithNotifications(incident.timeline, incident.notifications);
  return (
    <div className="stack stack--lg">
      <PageHeader
        title={incident.title}
        back={BACK}
        description={`Incident #${incident.id}, escalated with “${incident.policy_name}”.`}
        actions={
          <div className="cluster">
            <LiveIndicator query={query} />
            <IncidentActions incident={incident} canAct={access?.canAct} actions={actions} />
          </div>
        }
      />
      <Card>
        <CardHeader title="Summary" />
        <CardBody>
          <IncidentSummary incident={incident} isAdmin={access?.isAdmin ?? false} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Timeline" description="Each level reached, with whom it notified; who acknowledged and resolved it, and how." />
        <CardBody>
          {rows.length === 0 ? <p className="text-muted">Nothing recorded yet.</p> : <IncidentTimelineList rows={rows} />}
        </CardBody>
      </Card>
      {unplaced.length > 0 && (
        <Card>
          <CardHeader title="Other messages" description="Messages of this incident that no level of the timeline names." />
          <CardBody>
            <NotifiedList notifications={unplaced} label="Other messages of this incident" />
          </CardBody>
        </Card>
      )}
      {actions.dialogs}
    </div>
  );
}
