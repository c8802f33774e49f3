"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatDateTime, formatDuration } from "@/components/format/format-date";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
import { LiveIndicator } from "@/components/live/live-indicator";
import { liveQueryOptions } from "@/components/live/live-query-options";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CodeBlock } from "@/components/ui/code-block";
import { DescriptionList } from "@/components/ui/description-list";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { TTone } from "@/components/ui/tone";
import { useTRPC } from "@/trpc/react";
import { DecisionTrail } from "../../events/decision-trail";
import { AttachmentTable } from "./attachment-table";
import { CancelButton } from "./cancel-button";
import { MetadataList } from "./metadata-list";
import { NotificationStateAlert } from "./notification-state-alert";
import { RetryButton } from "./retry-button";

/** Attempt outcomes as the API names them ("in_flight" while the attempt has no outcome yet). */
const OUTCOME: Record<string, { label: string; tone: TTone }> = {
  delivered: { label: "Delivered", tone: "success" },
  transient_failure: { label: "Transient failure", tone: "warning" },
  permanent_failure: { label: "Permanent failure", tone: "danger" },
  in_flight: { label: "In flight", tone: "info" },
};

/** Statuses that change no more by themselves (a deferred one waits hours), though a retry or cancel elsewhere still can. */
const SETTLED = ["sent", "failed", "dead", "suppressed", "cancelled", "deferred"];

export function NotificationDetail({ id }: { id: number }) {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.notifications.byId.queryOptions({ id }),
    enabled: Number.isInteger(id) && id > 0,
    // Close behind a delivery in progress; at a walk once it settled.
    ...liveQueryOptions<{ status: string }>(({ data }) => (data && SETTLED.includes(data.status) ? 30_000 : 3_000)),
  });
  const back = { href: "/notifications", label: "Notifications" };

  if (!Number.isInteger(id) || id <= 0) return <ErrorState title="Not found" message="That is not a notification id." />;
  if (query.isPending) return <LoadingState label="Loading notification…" />;
  if (query.isError) {
    return (
      <>
        <PageHeader title="Notification" back={back} />
        <ErrorState message={trpcErrorMessage(query.error)} onRetry={() => query.refetch()} retrying={query.isFetching} />
      </>
    );
  }
  const n = query.data;
  // The API's statuses are lower-case; the badges and buttons use the enum's names.
  const status = n.status.toUpperCase();
  return (
    <>
      <PageHeader
        title={n.subject}
        back={back}
        description={
          n.event_id && (
            <Link href={`/events/${n.event_id}`}>
              From event <span className="mono">{n.event_id}</span>
            </Link>
          )
        }
        actions={
          <div className="cluster">
            <LiveIndicator query={query} />
            <StatusBadge status={status} />
            <RetryButton id={n.id} status={status} />
            <CancelButton id={n.id} status={status} />
          </div>
        }
      />
      <div className="stack">
        <NotificationStateAlert status={status} deliverAfter={n.deliver_after} cancelledAt={n.cancelled_at} cancelledBy={n.cancelled_by} />
        {n.error_message && (
          <Alert tone="danger" title="Last error">
            {n.error_message}
          </Alert>
        )}
        <Card>
          <CardHeader title="Details" />
          <CardBody>
            <DescriptionList
              columns={2}
              items={[
                { label: "ID", value: n.id, mono: true },
                { label: "Channel", value: n.channel },
                { label: "Recipient", value: n.recipient_email },
                { label: "Type", value: n.notification_type, mono: true },
                { label: "Priority", value: n.priority },
                { label: "Job run", value: n.job_run_id, mono: true },
                { label: "Created", value: formatDateTime(n.created_at) },
                { label: "Sent", value: formatDateTime(n.sent_at) },
                { label: "Retries", value: n.retry_count },
                { label: "Message-ID", value: n.provider_message_id, mono: true },
              ]}
            />
          </CardBody>
        </Card>
        {n.decisions.length > 0 && (
          <Card>
            <CardHeader title="Why this notification" description="The routing decision that created it: the rule and the recipient's preferences behind it." />
            <CardBody flush>
              <DecisionTrail decisions={n.decisions} showNotificationLinks={false} />
            </CardBody>
          </Card>
        )}
        <Card>
          <CardHeader title="Message" />
          <CardBody>
            <CodeBlock label="Body" wrap maxHeight={320}>
              {n.body}
            </CodeBlock>
            <MetadataList metadata={n.metadata} />
          </CardBody>
        </Card>
        {n.attachments.length > 0 && (
          <Card>
            <CardHeader title="Attachments" description="Stored with the notification and sent unchanged on every attempt." />
            <CardBody flush>
              <AttachmentTable attachments={n.attachments} />
            </CardBody>
          </Card>
        )}
        <Card>
          <CardHeader title="Delivery attempts" description="Every try, with the remote server's own reply." />
          <CardBody flush>
            {n.attempts.length === 0 ? (
              <EmptyState title="No attempts yet" description="A worker picks the notification up within a second or two." />
            ) : (
              <Table caption="Delivery attempts" stack>
                <THead>
                  <Tr>
                    <Th numeric>#</Th>
                    <Th>Started</Th>
                    <Th>Outcome</Th>
                    <Th numeric>Duration</Th>
                    <Th>Server reply</Th>
                  </Tr>
                </THead>
                <TBody>
                  {n.attempts.map((attempt) => (
                    <Tr key={attempt.attempt_number}>
                      <Td label="#" numeric>
                        {attempt.attempt_number}
                      </Td>
                      <Td label="Started" nowrap>
                        {formatDateTime(attempt.started_at)}
                      </Td>
                      <Td label="Outcome">
                        <OutcomeBadge outcome={attempt.outcome} />
                      </Td>
                      <Td label="Duration" numeric>
                        {formatDuration(attempt.duration_ms)}
                      </Td>
                      <Td label="Server reply" mono>
                        {attempt.response ?? "—"}
                      </Td>
                    </Tr>
                  ))}
                </TBody>
              </Table>
            )}
          </CardBody>
        </Card>
      </div>
    </>
  );
}

function OutcomeBadge({ outcome }: { outcome: string }) {
  const meta = OUTCOME[outcome] ?? { label: outcome.replaceAll("_", " "), tone: "info" as const };
  return <Badge tone={meta.tone}>{meta.label}</Badge>;
}
