import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { TStatsOverview } from "@/server/stats/stats-overview-schema";
import { CHANNEL_LABEL, formatCount } from "./stats-words";
import styles from "./dashboard.module.css";

type TProps = { destinations: TStatsOverview["top_failing_destinations"]; errors: TStatsOverview["top_errors"] };

/** Where delivery fails most, and why: the newest reply beside each count. */
export function FailureTables({ destinations, errors }: TProps) {
  return (
    <div className={styles.pair}>
      <Card>
        <CardHeader title="Top failing destinations" description="Failed, dead-lettered or retrying notifications created in this range." />
        <CardBody flush>
          {destinations.length === 0 ? (
            <EmptyState title="No failures" description="Every destination took what was sent to it." />
          ) : (
            <Table caption="Top failing destinations" stack>
              <THead>
                <Tr>
                  <Th>Destination</Th>
                  <Th numeric>Failures</Th>
                  <Th>Last reply</Th>
                </Tr>
              </THead>
              <TBody>
                {destinations.map((row) => (
                  <Tr key={row.destination}>
                    <Td label="Destination">
                      <span className="mono">{row.label}</span>
                      <span className="text-sm text-muted"> · {CHANNEL_LABEL[row.channel]}</span>
                    </Td>
                    <Td label="Failures" numeric>
                      {formatCount(row.failures)}
                    </Td>
                    <Td label="Last reply" className={styles.reply} title={formatDateTime(row.last_failed_at)}>
                      <span className="mono">{row.last_error ?? "—"}</span>
                      <span className="text-sm text-muted"> · {formatRelative(row.last_failed_at)}</span>
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Top error reasons" description="The same failures grouped by what went wrong." />
        <CardBody flush>
          {errors.length === 0 ? (
            <EmptyState title="No errors" description="Nothing failed in this range." />
          ) : (
            <Table caption="Top error reasons" stack>
              <THead>
                <Tr>
                  <Th>Reason</Th>
                  <Th numeric>Count</Th>
                  <Th>Last reply</Th>
                </Tr>
              </THead>
              <TBody>
                {errors.map((row) => (
                  <Tr key={`${row.channel}:${row.error_type}`}>
                    <Td label="Reason">
                      <span className="mono">{row.error_type}</span>
                      <span className="text-sm text-muted"> · {CHANNEL_LABEL[row.channel]}</span>
                    </Td>
                    <Td label="Count" numeric>
                      {formatCount(row.count)}
                    </Td>
                    <Td label="Last reply" className={styles.reply} title={formatDateTime(row.last_at)}>
                      <span className="mono">{row.last_reply ?? "—"}</span>
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
