import { BodyText } from "./components/body-text";
import type { TNotificationEmailProps } from "./components/email-props";
import { FactsTable } from "./components/facts-table";
import { formatDateTime } from "./components/format-date-time";
import { Layout } from "./components/layout";
import { severityLabel } from "./components/severity-label";
import type { TSeverity } from "./components/theme";

export type Props = TNotificationEmailProps & {
  severity: TSeverity;
  event?: string;
  source?: string;
  details?: Record<string, string>;
};

export default function SystemEventEmail(props: Props) {
  const { appUrl, notificationId, subject, body, timeZone, createdAt, severity, event, source, details, attachments } = props;
  return (
    <Layout
      preview={`${event ?? "System event"}${source ? ` from ${source}` : ""}`}
      tone={severity}
      label="System event"
      title={subject}
      appUrl={appUrl}
      brand={props.brand}
      ackUrl={props.ackUrl}
      notificationId={notificationId}
      attachments={attachments}
    >
      <BodyText text={body} />
      <FactsTable
        facts={[
          ["Event", event],
          ["Source", source],
          ["Severity", severityLabel(severity)],
          ["Time", createdAt && formatDateTime(createdAt, timeZone)],
          ...Object.entries(details ?? {}),
        ]}
      />
    </Layout>
  );
}

export const PreviewProps: Props = {
  appUrl: "http://localhost:3009",
  notificationId: 1044,
  subject: "Scheduler restarted",
  body: "The job scheduler restarted after a configuration change. Queued jobs were kept.",
  createdAt: new Date("2026-11-27T13:03:12Z"),
  timeZone: "Europe/Berlin",
  severity: "info",
  event: "scheduler.restarted",
  source: "opsconductor-scheduler",
  details: { Version: "4.2.1", "Queued jobs": "12" },
};
SystemEventEmail.PreviewProps = PreviewProps;
