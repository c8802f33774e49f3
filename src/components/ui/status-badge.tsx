import { Badge } from "./badge";
import type { TTone } from "./tone";

export type TNotificationStatus = "PENDING" | "SENDING" | "SENT" | "FAILED" | "RETRYING" | "DEAD" | "DEFERRED" | "SUPPRESSED" | "FOLDED" | "CANCELLED";

type TStatusMeta = { label: string; tone: TTone; description: string; active?: boolean };

/** Readable label, tone and one-line meaning of each notification status (also usable for filters and legends). */
export const notificationStatusMeta: Record<TNotificationStatus, TStatusMeta> = {
  PENDING: { label: "Pending", tone: "neutral", description: "Queued, waiting for a worker" },
  SENDING: { label: "Sending", tone: "info", description: "A worker is delivering it now", active: true },
  SENT: { label: "Sent", tone: "success", description: "Accepted by the provider" },
  FAILED: { label: "Failed", tone: "danger", description: "Delivery failed" },
  RETRYING: { label: "Retrying", tone: "warning", description: "Failed; another attempt is scheduled", active: true },
  DEAD: { label: "Dead", tone: "danger", description: "Gave up after the last retry" },
  DEFERRED: { label: "Deferred", tone: "info", description: "Held by the recipient's quiet hours or do-not-disturb; sent when they end" },
  SUPPRESSED: { label: "Suppressed", tone: "neutral", description: "Not sent because of the recipient's preferences" },
  FOLDED: { label: "Folded", tone: "info", description: "Held back by a rate limit, a maintenance window or a flood; listed in one summary message when that ends" },
  CANCELLED: { label: "Cancelled", tone: "neutral", description: "Cancelled before it was sent" },
};

function isKnownStatus(status: string): status is TNotificationStatus {
  return Object.hasOwn(notificationStatusMeta, status);
}

export type TStatusBadgeProps = {
  /** Unknown values (a status added server-side later) render as a neutral badge. */
  status: TNotificationStatus | (string & {});
  className?: string;
};

export function StatusBadge({ status, className }: TStatusBadgeProps) {
  const meta: TStatusMeta = isKnownStatus(status)
    ? notificationStatusMeta[status]
    : { label: status.charAt(0) + status.slice(1).toLowerCase(), tone: "neutral", description: status };
  return (
    <Badge tone={meta.tone} dot pulse={meta.active} title={meta.description} className={className}>
      {meta.label}
    </Badge>
  );
}
