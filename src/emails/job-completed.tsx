import { BodyText } from "./components/body-text";
import type { TJobDetails, TNotificationEmailProps } from "./components/email-props";
import { JobSummary } from "./components/job-summary";
import { Layout } from "./components/layout";

export type Props = TNotificationEmailProps & { job: TJobDetails };

export default function JobCompletedEmail({ appUrl, notificationId, subject, body, timeZone, job, attachments, brand, ackUrl }: Props) {
  return (
    <Layout
      preview={`${job.jobName ?? "A job"} completed${job.host ? ` on ${job.host}` : ""}`}
      tone="success"
      label="Job completed"
      title={subject}
      appUrl={appUrl} brand={brand} ackUrl={ackUrl}
      notificationId={notificationId}
      attachments={attachments}
    >
      <BodyText text={body} />
      <JobSummary job={job} timeZone={timeZone} />
    </Layout>
  );
}

export const PreviewProps: Props = {
  appUrl: "http://localhost:3009",
  notificationId: 1042,
  subject: "Backup nightly-db completed",
  body: "The nightly database backup finished without errors.\n\nArchive: s3://backups/nightly-db/2026-11-27.tar.zst",
  timeZone: "Europe/Berlin",
  job: {
    jobName: "nightly-db-backup",
    jobId: "job-17",
    runId: "run-8c1f2a",
    status: "success",
    host: "db-01.prod.internal",
    startedAt: new Date("2026-11-27T13:01:07Z"),
    finishedAt: new Date("2026-11-27T13:03:12Z"),
  },
};
JobCompletedEmail.PreviewProps = PreviewProps;
