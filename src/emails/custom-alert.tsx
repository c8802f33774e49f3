import { BodyText } from "./components/body-text";
import type { TNotificationEmailProps } from "./components/email-props";
import { FactsTable } from "./components/facts-table";
import { formatDateTime } from "./components/format-date-time";
import { Layout } from "./components/layout";
import { severityLabel } from "./components/severity-label";
import type { TSeverity } from "./components/theme";

export type Props = TNotificationEmailProps & {
  severity: TSeverity;
  source?: string;
  details?: Record<string, string>;
};

export default function CustomAlertEmail(props: Props) {
  const { appUrl, notificationId, subject, body, timeZone, createdAt, severity, source, details, attachments } = props;
  const label = `${severityLabel(severity)} alert`;
  return (
    <Layout
      preview={`${label}: ${subject}`}
      tone={severity}
      label={label}
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
          ["Severity", severityLabel(severity)],
          ["Source", source],
          ["Time", createdAt && formatDateTime(createdAt, timeZone)],
          ...Object.entries(details ?? {}),
        ]}
      />
    </Layout>
  );
}

export const PreviewProps: Props = {
  appUrl: "http://localhost:3009",
  notificationId: 1045,
  subject: "Disk usage above 90% on db-01",
  body: "The data volume on db-01 is 93% full. At the current rate it fills up in about 6 hours.",
  createdAt: new Date("2026-11-27T13:03:12Z"),
  timeZone: "Europe/Berlin",
  severity: "warning",
  source: "disk-monitor",
  details: { Volume: "/var/lib/postgresql", Used: "93%" },
};
CustomAlertEmail.PreviewProps = PreviewProps;
