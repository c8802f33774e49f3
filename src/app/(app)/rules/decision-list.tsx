import { formatDateTime } from "@/components/format/format-date";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { TRuleTestResult } from "@/server/rules/test-rule";
import { CHANNEL_LABEL, OUTCOME_META } from "./rule-words";
import styles from "./rules.module.css";

type TDecision = TRuleTestResult["decisions"][number];

const channelLabel = (channel: string | null) => (channel ? (CHANNEL_LABEL[channel as keyof typeof CHANNEL_LABEL] ?? channel) : null);

/** Who routing would tell, on which channel, and why — or why not. */
export function DecisionList({ decisions }: { decisions: readonly TDecision[] }) {
  if (decisions.length === 0) return <EmptyState title="No decisions" description="Routing would consider nobody for this event." />;
  return (
    <Table caption="Decisions this test would make" stack>
      <THead>
        <Tr>
          <Th>Recipient</Th>
          <Th>Channel</Th>
          <Th>Outcome</Th>
          <Th>Reason</Th>
        </Tr>
      </THead>
      <TBody>
        {decisions.map((decision, index) => (
          // Decisions have no id; their order is the planner's and stable for one result.
          <Tr key={`${index}-${decision.recipient}-${decision.channel ?? ""}`}>
            <Td label="Recipient" className={styles.breakable}>
              {decision.recipient}
            </Td>
            <Td label="Channel">{channelLabel(decision.channel) ?? <span className="text-muted">—</span>}</Td>
            <Td label="Outcome">
              <span className="cluster">
                <Badge tone={OUTCOME_META[decision.outcome].tone} dot>
                  {OUTCOME_META[decision.outcome].label}
                </Badge>
                {decision.outcome === "deferred" && decision.deliver_after && <span className="text-sm text-muted">until {formatDateTime(decision.deliver_after)}</span>}
              </span>
            </Td>
            <Td label="Reason" className={styles.reason}>
              {decision.reason}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
