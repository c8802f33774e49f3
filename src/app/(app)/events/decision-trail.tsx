import Link from "next/link";
import { formatDateTime } from "@/components/format/format-date";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { TDecisionResource } from "@/server/events/event-resource";
import { decisionOutcomeMeta } from "./decision-outcome-meta";
import styles from "./events.module.css";

const CHANNEL_LABEL: Record<string, string | undefined> = { email: "Email", slack: "Slack", teams: "Teams", webhook: "Webhook", sms: "SMS" };

export type TDecisionTrailProps = {
  decisions: readonly TDecisionResource[];
  /** The notification column; off on a notification's own page, where it would link to itself. */
  showNotificationLinks?: boolean;
  emptyDescription?: string;
};

/** Who was told, on which channel, and why — or why not. One row per recipient and channel routing considered. */
export function DecisionTrail({ decisions, showNotificationLinks = true, emptyDescription = "Routing runs within a second or two." }: TDecisionTrailProps) {
  if (decisions.length === 0) return <EmptyState title="No decisions yet" description={emptyDescription} />;
  return (
    <Table caption="Routing decisions" stack>
      <THead>
        <Tr>
          <Th>Recipient</Th>
          <Th>Channel</Th>
          <Th>Outcome</Th>
          <Th>Reason</Th>
          <Th>Rule</Th>
          {showNotificationLinks && <Th>Notification</Th>}
        </Tr>
      </THead>
      <TBody>
        {decisions.map((decision, index) => (
          // Decisions carry no id of their own; their order (oldest first) is stable.
          <Tr key={`${index}-${decision.recipient}-${decision.channel ?? ""}`}>
            <Td label="Recipient">{decision.recipient}</Td>
            <Td label="Channel">{decision.channel ? (CHANNEL_LABEL[decision.channel] ?? decision.channel) : <span className="text-muted">—</span>}</Td>
            <Td label="Outcome">
              <OutcomeCell decision={decision} />
            </Td>
            <Td label="Reason" className={styles.reason}>
              {decision.reason}
            </Td>
            <Td label="Rule">
              {decision.rule_id !== null ? (
                <Link href={`/rules/${decision.rule_id}`}>{decision.rule_name ?? `Rule ${decision.rule_id}`}</Link>
              ) : (
                <span className="text-muted">—</span>
              )}
            </Td>
            {showNotificationLinks && (
              <Td label="Notification">
                {decision.notification_id !== null ? (
                  <span className="cluster">
                    <Link href={`/notifications/${decision.notification_id}`} className="mono">
                      #{decision.notification_id}
                    </Link>
                    {decision.notification_status && <StatusBadge status={decision.notification_status.toUpperCase()} />}
                  </span>
                ) : (
                  <span className="text-muted">—</span>
                )}
              </Td>
            )}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function OutcomeCell({ decision }: { decision: TDecisionResource }) {
  const meta = decisionOutcomeMeta[decision.outcome];
  return (
    <span className="cluster">
      <Badge tone={meta.tone} dot>
        {meta.label}
      </Badge>
      {decision.outcome === "deferred" && decision.deliver_after && <span className="text-sm text-muted">until {formatDateTime(decision.deliver_after)}</span>}
    </span>
  );
}
