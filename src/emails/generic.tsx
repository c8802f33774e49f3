import { BodyText } from "./components/body-text";
import type { TJobDetails, TNotificationEmailProps } from "./components/email-props";
import { FactsTable } from "./components/facts-table";
import { formatDateTime } from "./components/format-date-time";
import { hasJobDetails, JobSummary } from "./components/job-summary";
import { Layout } from "./components/layout";
import type { TTone } from "./components/theme";

export type Props = TNotificationEmailProps & {
  tone?: TTone;
  /** Unknown notification types may still carry job context worth showing. */
  job?: TJobDetails;
};

export default function GenericEmail({ appUrl, notificationId, subject, body, timeZone, createdAt, tone, job, attachments, brand, ackUrl }: Props) {
  return (
    <Layout
      preview={subject}
      tone={tone ?? "info"}
      label="Notification"
      title={subject}
      appUrl={appUrl} brand={brand} ackUrl={ackUrl}
      notificationId={notificationId}
      attachments={attachments}
    >
      <BodyText text={body} />
      {hasJobDetails(job) && <JobSummary job={job} timeZone={timeZone} />}
      <FactsTable facts={[["Time", createdAt && formatDateTime(createdAt, timeZone)]]} />
    </Layout>
  );
}

export const PreviewProps: Props = {
  appUrl: "http://localhost:3009",
  notificationId: 1046,
  subject: "Maintenance window tonight",
  body: "Production maintenance starts at 22:00 CET.\nExpect short interruptions of the API.",
  createdAt: new Date("2026-11-27T13:03:12Z"),
  timeZone: "Europe/Berlin",
};
GenericEmail.PreviewProps = PreviewProps;
