import { appLink } from "@/emails/components/app-link";
import type { Notification } from "@/server/db/client";
import { prioritySeverity } from "@/server/events/severity-priority";
import { ackLinkFor } from "@/server/incidents/ack-link";
import { buildTemplateContext, type TTemplateContext } from "@/server/templates/liquid/build-template-context";

type TRecipient = { name: string | null; email: string | null; timezone: string };
type TSystem = { appUrl: string; environment: string; productName: string };

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : null);
const number = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : null);
const record = (value: unknown) => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/**
 * The variables of one notification, from what it stores: routed events put
 * the event's fields in metadata (see routing/event-notification-content.ts);
 * a direct notification's metadata is whatever the executor sent, read the
 * same way.
 */
export function notificationTemplateContext(notification: Notification, recipient: TRecipient, system: TSystem, custom: Record<string, string>): TTemplateContext {
  const meta = record(notification.metadata);
  const details = record(meta.details);
  const severity = text(meta.severity) ?? prioritySeverity(notification.priority);
  const hasJob = Boolean(text(meta.job_name) ?? text(meta.status) ?? notification.jobRunId);
  return buildTemplateContext({
    event: {
      id: notification.eventId ?? `notification-${notification.id}`,
      type: notification.notificationType,
      severity,
      title: notification.subject,
      message: notification.body,
      source: text(meta.source),
      labels: Object.fromEntries(Object.entries(record(meta.labels)).filter((entry): entry is [string, string] => typeof entry[1] === "string")),
      data: record(meta.data),
      occurredAt: notification.createdAt,
    },
    job: hasJob
      ? {
          name: text(meta.job_name),
          status: text(meta.status),
          runId: notification.jobRunId ?? text(meta.job_id),
          durationMs: number(meta.duration_ms),
          host: text(meta.host),
          step: text(meta.failing_step),
          error: text(meta.error),
          logExcerpt: text(meta.log_tail) ?? (Array.isArray(meta.log_tail) ? meta.log_tail.join("\n") : null),
          url: text(details.job_url),
          exitCode: number(details.exit_code),
          startedAt: text(meta.started_at),
          finishedAt: text(meta.finished_at),
        }
      : null,
    recipient,
    system,
    custom,
    notificationUrl: appLink(system.appUrl, `notifications/${notification.id}`),
    incident: notification.incidentId ? { id: notification.incidentId, ackUrl: ackLinkFor(notification.id) } : null,
    now: new Date(),
  });
}
