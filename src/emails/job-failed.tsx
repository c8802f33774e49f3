import { BodyText } from "./components/body-text";
import type { TJobDetails, TNotificationEmailProps } from "./components/email-props";
import { JobSummary } from "./components/job-summary";
import { Layout } from "./components/layout";
import { LogBlock } from "./components/log-block";

export type Props = TNotificationEmailProps & { job: TJobDetails; critical?: boolean };

export default function JobFailedEmail({ appUrl, notificationId, subject, body, timeZone, job, critical, attachments, brand, ackUrl }: Props) {
  return (
    <Layout
      preview={`${job.jobName ?? "A job"} failed${job.failingStep ? ` at step ${job.failingStep}` : ""}`}
      tone={critical ? "critical" : "error"}
      label="Job failed"
      title={subject}
      appUrl={appUrl} brand={brand} ackUrl={ackUrl}
      notificationId={notificationId}
      attachments={attachments}
    >
      <BodyText text={body} />
      <JobSummary job={job} timeZone={timeZone} extra={[["Failing step", job.failingStep]]} />
      <LogBlock title="Last log lines" lines={job.logTail ?? []} />
    </Layout>
  );
}

export const PreviewProps: Props = {
  appUrl: "http://localhost:3009",
  notificationId: 1043,
  subject: "Deploy web-frontend failed",
  body: "The deployment of web-frontend to production failed and was rolled back.",
  timeZone: "Europe/Berlin",
  job: {
    jobName: "deploy-web-frontend",
    jobId: "job-23",
    runId: "run-51d9e0",
    status: "failed",
    host: "runner-03",
    startedAt: new Date("2026-11-27T09:14:00Z"),
    finishedAt: new Date("2026-11-27T09:16:05Z"),
    error: "Health check timed out after 60 s (GET /healthz returned 503)",
    failingStep: "verify-health",
    logTail: [
      "[09:15:58] waiting for health check (attempt 11/12)",
      "[09:16:03] GET /healthz -> 503 Service Unavailable",
      "[09:16:05] health check failed, rolling back to release 2026.11.26-3",
    ],
  },
  attachments: [{ filename: "deploy.log.gz", size: "38.2 KB", note: "deploy.log was truncated to its last 2,000 lines (of 48,311) and gzip-compressed." }],
};
JobFailedEmail.PreviewProps = PreviewProps;
