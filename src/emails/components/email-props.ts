import type { TBrand } from "./brand";

/** What every single-notification template receives. */
export type TNotificationEmailProps = {
  appUrl: string;
  /** Settings → Branding, passed on to the layout. */
  brand?: TBrand;
  /** Set when the notification is a level of an incident: a signed link that acknowledges it. */
  ackUrl?: string;
  notificationId?: number;
  subject: string;
  /** Untrusted text from the API caller; always rendered escaped. */
  body: string;
  createdAt?: Date;
  /** IANA zone of the recipient; UTC when absent or unknown. */
  timeZone?: string;
  /** Files attached to the email, listed so a reader knows what was cut or compressed. */
  attachments?: TAttachmentListing[];
};

/** One attached file as the email lists it. */
export type TAttachmentListing = {
  filename: string;
  /** Human size, e.g. "180 KB". */
  size: string;
  /** What was changed, e.g. "build.log was truncated to its last 500 lines (of 120,345)." */
  note?: string;
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
