import Link from "next/link";
import { formatDateTime, formatDuration } from "@/components/format/format-date";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DescriptionList } from "@/components/ui/description-list";
import type { TEventDetail } from "@/server/events/get-event";
import { describeAudience } from "./event-audience";
import type { TEventJob } from "./event-job";
import { EventLabelBadges } from "./event-label-badges";

export function EventDetailsCard({ event, job }: { event: TEventDetail; job: TEventJob | null }) {
  const filterBy = (key: string, value: string) => `/events?${new URLSearchParams({ [key]: value })}`;
  return (
    <Card>
      <CardHeader title="Details" />
      <CardBody>
        <DescriptionList
          columns={2}
          items={[
            { label: "ID", value: event.id, mono: true },
            { label: "Type", value: <Link href={filterBy("type", event.type)}>{event.type}</Link>, mono: true },
            { label: "Source", value: event.source && <Link href={filterBy("source", event.source)}>{event.source}</Link> },
            { label: "Group key", value: event.group_key, mono: true },
            { label: "Occurred", value: formatDateTime(event.occurred_at) },
            { label: "Received", value: formatDateTime(event.received_at) },
            { label: "Routed", value: event.routed_at && formatDateTime(event.routed_at) },
            { label: "Named recipients", value: describeAudience(event.recipients) },
            { label: "Labels", value: <EventLabelBadges labels={event.labels} /> },
          ]}
        />
        {job && (
          <>
            <h3 className="section-title">Job</h3>
            <DescriptionList
              columns={2}
              items={[
                { label: "Name", value: job.name },
                { label: "Run ID", value: job.run_id, mono: true },
                { label: "Status", value: job.status },
                { label: "Host", value: job.host, mono: true },
                { label: "Step", value: job.step },
                { label: "Exit code", value: job.exit_code, mono: true },
                { label: "Started", value: job.started_at && formatDateTime(job.started_at) },
                { label: "Finished", value: job.finished_at && formatDateTime(job.finished_at) },
                { label: "Duration", value: job.duration_ms === undefined ? undefined : formatDuration(job.duration_ms) },
                {
                  label: "Job run",
                  value: job.url && (
                    <a href={job.url} target="_blank" rel="noopener noreferrer">
                      Open in the executor<span className="visually-hidden"> (opens in a new tab)</span> ↗
                    </a>
                  ),
                },
              ]}
            />
          </>
        )}
      </CardBody>
    </Card>
  );
}
