"use client";

import { useQuery } from "@tanstack/react-query";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { LiveIndicator } from "@/components/live/live-indicator";
import { liveQueryOptions } from "@/components/live/live-query-options";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { ZEventId } from "@/server/events/event-schema";
import { useTRPC } from "@/trpc/react";
import { DecisionTrail } from "../decision-trail";
import { EventSeverityBadge } from "../event-severity-badge";
import { EventStatusBadge } from "../event-status-badge";
import { EventDetailsCard } from "./event-details-card";
import { readEventJob } from "./event-job";
import { EventMessageCard } from "./event-message-card";

/** Notification statuses that still change by themselves, so the trail's badges are worth refreshing. */
const IN_FLIGHT = new Set(["pending", "sending", "retrying"]);

/** What the polling pace looks at. */
type TEventPoll = { status: string; decisions: { notification_status?: string | null }[] };

const EMPTY_TRAIL: Record<string, string | undefined> = {
  received: "Routing runs within a second or two.",
  routed: "Routing recorded no decisions for this event.",
  failed: "Routing failed before deciding anything.",
};

export function EventDetail({ id }: { id: string }) {
  const trpc = useTRPC();
  const valid = ZEventId.safeParse(id).success;
  const query = useQuery({
    ...trpc.events.byId.queryOptions({ id }),
    enabled: valid,
    // Routing runs within a second or two of arrival; after that only the notifications move, and once they settled little does.
    ...liveQueryOptions<TEventPoll>(({ data: event }) => {
      if (!event) return false;
      if (event.status === "received") return 2_000;
      return event.decisions.some((decision) => decision.notification_status && IN_FLIGHT.has(decision.notification_status)) ? 5_000 : 30_000;
    }),
  });
  const back = { href: "/events", label: "Events" };

  if (!valid) {
    return (
      <>
        <PageHeader title="Event" back={back} />
        <ErrorState title="Not found" message="That is not an event id." />
      </>
    );
  }
  if (query.isPending) return <LoadingState label="Loading event…" />;
  if (query.isError) {
    return (
      <>
        <PageHeader title="Event" back={back} />
        <ErrorState message={trpcErrorMessage(query.error)} onRetry={() => query.refetch()} retrying={query.isFetching} />
      </>
    );
  }
  const event = query.data;
  const job = readEventJob(event.job);
  return (
    <>
      <PageHeader
        title={event.title}
        back={back}
        actions={
          <div className="cluster">
            <LiveIndicator query={query} />
            <EventSeverityBadge severity={event.severity} />
            <EventStatusBadge status={event.status} />
          </div>
        }
      />
      <div className="stack">
        {event.status === "failed" && (
          <Alert tone="danger" title="Routing failed; nobody was notified">
            {event.routing_error ?? "The router gave no reason."}
          </Alert>
        )}
        <EventDetailsCard event={event} job={job} />
        <EventMessageCard message={event.message} job={job} data={event.data} />
        <Card>
          <CardHeader title="Who was told, and why" description="One line per recipient and channel that routing considered, with the rule and preference behind it." />
          <CardBody flush>
            <DecisionTrail
              decisions={event.decisions}
              emptyDescription={EMPTY_TRAIL[event.status] ?? EMPTY_TRAIL.received}
            />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
