/** What every single-notification template receives. */
export type TNotificationEmailProps = {
  appUrl: string;
  notificationId?: number;
  subject: string;
  /** Untrusted text from the API caller; always rendered escaped. */
  body: string;
  createdAt?: Date;
  /** IANA zone of the recipient; UTC when absent or unknown. */
  timeZone?: string;
};

export type TJobDetails = {
  jobName?: string;
  jobId?: string;
  /** The executor's run identifier stored on the notification row. */
  runId?: string;
  status?: string;
  startedAt?: Date;
  finishedAt?: Date;
  durationMs?: number;
  host?: string;
  error?: string;
  failingStep?: string;
  logTail?: string[];
};
