import { formatDateTime, formatRelative } from "@/components/format/format-date";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { TTone } from "@/components/ui/tone";
import type { TWorkerStatus } from "@/server/delivery/worker-status";

type TSendingState = "running" | "paused" | "stopped";

const SENDING_STATE: Record<TSendingState, { label: string; tone: TTone; explanation: string }> = {
  running: {
    label: "Running",
    tone: "success",
    explanation: "A worker is connected and delivers notifications as they arrive.",
  },
  paused: {
    label: "Paused",
    tone: "warning",
    explanation:
      "An admin paused sending. Workers stay connected but pick up no deliveries; new notifications wait in the queue and none is lost. Resume sending to deliver them.",
  },
  stopped: {
    label: "No worker running",
    tone: "danger",
    explanation:
      "No worker has reported in the last 30 seconds. Notifications are still accepted and queued, but nothing is sent until a worker starts (npm start runs one beside the web app; npm run worker runs one on its own).",
  },
};

const TRANSPORT_LABEL: Record<string, string> = {
  smtp: "SMTP server",
  slack: "Slack",
  teams: "Microsoft Teams",
  webhook: "Webhook endpoint",
  sms: "SMS provider",
};

function sendingState(status: TWorkerStatus): TSendingState {
  if (status.paused) return "paused";
  return status.running ? "running" : "stopped";
}

function nextProbe(at: string): string {
  return new Date(at).getTime() > Date.now() ? `next probe ${formatRelative(at)}` : "next probe due now";
}

/** Sending state, counts, workers and open circuits of the delivery queue. */
export function WorkerStatusPanel({ status }: { status: TWorkerStatus }) {
  const state = SENDING_STATE[sendingState(status)];
  const stats = [
    { label: "Queued", value: status.jobs.queued, hint: "ready to send now" },
    { label: "Scheduled", value: status.jobs.scheduled, hint: "waiting for a retry time" },
    { label: "In progress", value: status.jobs.locked, hint: "taken by a worker" },
    { label: "Sent", value: status.last_hour.sent, hint: "in the last hour" },
    { label: "Failed", value: status.last_hour.failed, hint: "in the last hour" },
  ];

  return (
    <>
      {status.open_circuits.map((circuit) => (
        <Alert
          key={circuit.transport}
          tone="warning"
          title={`${TRANSPORT_LABEL[circuit.transport] ?? circuit.transport} unreachable since ${formatDateTime(circuit.since)}, ${nextProbe(circuit.next_probe_at)}`}
        >
          <p className="mono">{circuit.last_error}</p>
          <p className="text-sm text-muted">
            {circuit.failures} failed {circuit.failures === 1 ? "try" : "tries"} in a row. Its deliveries wait and are retried once it answers again.
          </p>
        </Alert>
      ))}
      <Card aria-label="Sending status">
        <CardHeader title="Sending" actions={<Badge tone={state.tone} dot pulse={state.tone === "success"}>{state.label}</Badge>} />
        <CardBody className="stack">
          <p className="text-muted">
            {state.explanation}
            {status.paused && !status.running && " No worker is running either."}
          </p>
          <dl className="queue-stats">
            {stats.map((stat) => (
              <div key={stat.label} className="queue-stat">
                <dt className="queue-stat__label">{stat.label}</dt>
                <dd className="queue-stat__value">{stat.value}</dd>
                <dd className="queue-stat__hint">{stat.hint}</dd>
              </div>
            ))}
          </dl>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Workers" description="Processes delivering notifications; each checks in every few seconds." />
        <CardBody flush>
          {status.workers.length === 0 ? (
            <EmptyState title="No worker running" description="Start one with npm start (web app and worker) or npm run worker." />
          ) : (
            <Table caption="Workers" stack>
              <THead>
                <Tr>
                  <Th>Host</Th>
                  <Th numeric>PID</Th>
                  <Th>Started</Th>
                  <Th>Last seen</Th>
                </Tr>
              </THead>
              <TBody>
                {status.workers.map((worker) => (
                  <Tr key={worker.id}>
                    <Td label="Host" mono>
                      {worker.hostname}
                    </Td>
                    <Td label="PID" numeric mono>
                      {worker.pid}
                    </Td>
                    <Td label="Started" nowrap>
                      {formatDateTime(worker.started_at)}
                    </Td>
                    <Td label="Last seen" nowrap title={formatDateTime(worker.last_seen_at)}>
                      {formatRelative(worker.last_seen_at)}
                    </Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          )}
        </CardBody>
      </Card>
    </>
  );
}
