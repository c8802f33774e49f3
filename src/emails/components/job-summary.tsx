import type { TJobDetails } from "./email-props";
import { ErrorBox } from "./error-box";
import { FactsTable, type TFact } from "./facts-table";
import { formatDateTime } from "./format-date-time";
import { formatDuration } from "./format-duration";

function durationOf(job: TJobDetails): number | undefined {
  if (job.durationMs !== undefined) return job.durationMs;
  if (job.startedAt && job.finishedAt && job.finishedAt >= job.startedAt) {
    return job.finishedAt.getTime() - job.startedAt.getTime();
  }
  return undefined;
}

/** The facts every job mail shows, each only where the executor sent it. */
export function JobSummary({ job, timeZone, extra = [] }: { job: TJobDetails; timeZone?: string; extra?: TFact[] }) {
  const duration = durationOf(job);
  const facts: TFact[] = [
    ["Job", job.jobName],
    ["Status", job.status],
    ["Host", job.host],
    ["Started", job.startedAt && formatDateTime(job.startedAt, timeZone)],
    ["Finished", job.finishedAt && formatDateTime(job.finishedAt, timeZone)],
    ["Duration", duration === undefined ? undefined : formatDuration(duration)],
    ["Job ID", job.jobId],
    ["Run ID", job.runId],
    ...extra,
  ];
  return (
    <>
      <FactsTable facts={facts} />
      <ErrorBox error={job.error} />
    </>
  );
}

export function hasJobDetails(job: TJobDetails | undefined): job is TJobDetails {
  return job !== undefined && Object.values(job).some((value) => value !== undefined);
}
