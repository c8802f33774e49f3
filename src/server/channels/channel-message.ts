import { appLink } from "@/emails/components/app-link";
import type { TJobDetails } from "@/emails/components/email-props";
import { formatDateTime } from "@/emails/components/format-date-time";
import { formatDuration } from "@/emails/components/format-duration";
import type { TSeverity, TTone } from "@/emails/components/theme";
import { parseNotificationMetadata } from "@/server/templates/notification-metadata";
import { notificationSeverity, type TPriority } from "@/server/templates/notification-severity";
import { templateIdForType } from "@/server/templates/template-id-for-type";

/** The rendered, channel-neutral view of one notification that every non-email adapter formats. */
export type TChannelMessage = {
  notificationId: number;
  /** One line, never empty. */
  title: string;
  /** Untrusted text from the API caller: each channel escapes it its own way. */
  body: string;
  notificationType: string;
  severity: TSeverity;
  /** The status the executor reported (metadata.status), e.g. "failed". */
  status?: string;
  /** Only facts that have a value, in display order, formatted for people (dates in UTC). */
  facts: { label: string; value: string }[];
  /** The tail of the job's log, lines joined with "\n". */
  logExcerpt?: string;
  /** The notification in our UI. */
  url: string;
  createdAt: Date;
  /** Structured job details (dates as Date, duration derived from start/finish when not sent). */
  job: TJobDetails;
  /** The metadata exactly as the executor sent it (an object, else empty). */
  metadata: Record<string, unknown>;
  /** Settings → Branding, for footers; "OpsConductor Notify" when absent. */
  productName?: string;
  /** An operator's template for this channel, rendered: replaces the built-in layout's words. */
  custom?: TCustomChannelContent;
  /** An incident's signed acknowledge link (no sign-in needed). */
  ackUrl?: string;
};

/** What a custom template rendered for a chat, webhook or SMS channel (see templates/custom). */
export type TCustomChannelContent =
  | { channel: "slack"; text: string; blocks: unknown[] | null }
  | { channel: "teams"; text: string; card: Record<string, unknown> | null }
  | { channel: "webhook"; payload: Record<string, unknown> }
  | { channel: "sms"; text: string };


export type TChannelMessageSource = {
  id: number;
  subject: string;
  body: string;
  notificationType: string;
  priority: TPriority;
  metadata: unknown;
  jobRunId: string | null;
  createdAt: Date;
};

const FALLBACK_TITLE = "OpsConductor Notify notification";

export function toChannelMessage(notification: TChannelMessageSource, appUrl: string): TChannelMessage {
  const meta = parseNotificationMetadata(notification.metadata);
  const job: TJobDetails = {
    ...meta.job,
    durationMs: meta.job.durationMs ?? elapsedMs(meta.job.startedAt, meta.job.finishedAt),
    runId: notification.jobRunId ?? undefined,
  };
  const facts: [string, string | undefined][] = [
    ["Job", job.jobName],
    ["Status", job.status],
    ["Host", job.host],
    ["Duration", job.durationMs === undefined ? undefined : formatDuration(job.durationMs)],
    ["Started", job.startedAt && formatDateTime(job.startedAt)],
    ["Finished", job.finishedAt && formatDateTime(job.finishedAt)],
    ["Failing step", job.failingStep],
    ["Job ID", job.jobId],
    ["Run ID", job.runId],
    ["Event", meta.event],
    ["Source", meta.source],
    ...Object.entries(meta.details ?? {}),
  ];
  return {
    notificationId: notification.id,
    title: notification.subject.replace(/\s+/g, " ").trim() || FALLBACK_TITLE,
    body: notification.body.replace(/\r\n?/g, "\n").trim(),
    notificationType: notification.notificationType,
    severity: notificationSeverity(notification, meta.severity),
    status: job.status,
    facts: facts.filter((f): f is [string, string] => Boolean(f[1])).map(([label, value]) => ({ label, value })),
    logExcerpt: job.logTail?.length ? job.logTail.join("\n") : undefined,
    url: appLink(appUrl, `notifications/${notification.id}`),
    createdAt: notification.createdAt,
    job,
    metadata: isRecord(notification.metadata) ? notification.metadata : {},
  };
}

/** Severity plus "success" for completed jobs, so chat channels can show a green tick instead of an info sign. */
export function messageTone(message: Pick<TChannelMessage, "severity" | "notificationType">): TTone {
  if (message.severity === "info" && templateIdForType(message.notificationType) === "job-completed") return "success";
  return message.severity;
}

function elapsedMs(startedAt: Date | undefined, finishedAt: Date | undefined): number | undefined {
  if (!startedAt || !finishedAt || finishedAt < startedAt) return undefined;
  return finishedAt.getTime() - startedAt.getTime();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Cuts `text` to at most `max` UTF-16 units including the "…" marker, keeping its start
 * (or its end, for logs whose last lines matter most). Never splits a surrogate pair.
 */
export function truncateText(text: string, max: number, keep: "start" | "end" = "start"): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  const room = max - 1;
  if (keep === "start") {
    let cut = room;
    if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
    return `${text.slice(0, cut)}…`;
  }
  let from = text.length - room;
  if (isLowSurrogate(text.charCodeAt(from))) from += 1;
  return `…${text.slice(from)}`;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
