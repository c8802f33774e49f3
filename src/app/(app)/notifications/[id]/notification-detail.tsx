"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatDateTime, formatDuration } from "@/components/format/format-date";
import { trpcErrorMessage } from "@/components/format/trpc-error-message";
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
import { useTRPC } from "@/trpc/react";
import { DecisionTrail } from "../../events/decision-trail";
import { AttachmentTable } from "./attachment-table";
import { CancelButton } from "./cancel-button";
import { MetadataList } from "./metadata-list";
import { NotificationStateAlert } from "./notification-state-alert";
import { RetryButton } from "./retry-button";

const OUTCOME = {
  DELIVERED: { label: "Delivered", tone: "success" },
  TRANSIENT_FAILURE: { label: "Transient failure", tone: "warning" },
  PERMANENT_FAILURE: { label: "Permanent failure", tone: "danger" },
} as const;

/** Statuses that change no more by themselves (a deferred one waits hours: no point polling it). */
const SETTLED = ["SENT", "FAILED", "DEAD", "SUPPRESSED", "CANCELLED", "DEFERRED"];

export function NotificationDetail({ id }: { id: number }) {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.notifications.byId.queryOptions({ id }),
    enabled: Number.isInteger(id) && id > 0,
    // Keep polling while delivery is still in progress.
    refetchInterval: (q) => (q.state.data && SETTLED.includes(q.state.data.status) ? false : 3_000),
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
  return (
    <>
      <PageHeader
        title={n.subject}
        back={back}
        description={
          n.eventId && (
            <Link href={`/events/${n.eventId}`}>
              From event <span className="mono">{n.eventId}</span>
            </Link>
          )
        }
        actions={
          <div className="cluster">
            <StatusBadge status={n.status} />
            <RetryButton id={n.id} status={n.status} />
            <CancelButton id={n.id} status={n.status} />
          </div>
        }
      />
      <div className="stack">
        <NotificationStateAlert status={n.status} deliverAfter={n.deliverAfter} cancelledAt={n.cancelledAt} cancelledBy={n.cancelledBy} />
        {n.errorMessage && (
          <Alert tone="danger" title="Last error">
            {n.errorMessage}
          </Alert>
        )}
        <Card>
          <CardHeader title="Details" />
          <CardBody>
            <DescriptionList
              columns={2}
              items={[
                { label: "ID", value: n.id, mono: true },
                { label: "Channel", value: n.channel.toLowerCase() },
                { label: "Recipient", value: n.recipientEmail },
                { label: "Type", value: n.notificationType, mono: true },
                { label: "Priority", value: n.priority.toLowerCase() },
                { label: "Job run", value: n.jobRunId, mono: true },
                { label: "Created", value: formatDateTime(n.createdAt) },
                { label: "Sent", value: formatDateTime(n.sentAt) },
                { label: "Retries", value: n.retryCount },
                { label: "Message-ID", value: n.providerMessageId, mono: true },
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
                    <Tr key={attempt.id}>
                      <Td label="#" numeric>
                        {attempt.attemptNumber}
                      </Td>
                      <Td label="Started" nowrap>
                        {formatDateTime(attempt.startedAt)}
                      </Td>
                      <Td label="Outcome">
                        {attempt.outcome ? <Badge tone={OUTCOME[attempt.outcome].tone}>{OUTCOME[attempt.outcome].label}</Badge> : <Badge tone="info">In flight</Badge>}
                      </Td>
                      <Td label="Duration" numeric>
                        {formatDuration(attempt.durationMs)}
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
