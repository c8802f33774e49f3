import { env } from "@/env";
import type { Prisma } from "@/server/db/client";
import type { TEventSeverity } from "@/server/events/event-severity";
import type { TActiveMaintenanceWindow } from "@/server/maintenance/active-maintenance-windows";
import type { TNewNotification } from "@/server/notifications/insert-notification";
import { destinationOf } from "./destination-budget";
import { floodedEvents } from "./flooded-events";
import { periodStart } from "./fold-window";
import { openFolds, type TFoldRequest } from "./open-folds";
import { spendBudgets } from "./spend-budgets";

/** What noise control needs to know of the event a notification is about. */
export type TFoldSubject = { eventId: string; groupKey: string; severity: TEventSeverity; maintenance: TActiveMaintenanceWindow | null };

/**
 * Noise control at routing time, over one batch's notifications: those of an
 * event a maintenance window holds, of a flooding group, or over their
 * destination's budget are stored FOLDED into a fold (one per kind,
 * destination and period) that one summary releases later — nothing is
 * dropped; so are those the recipient's subscription collects into a digest.
 * In this order, because each one names the first reason only: maintenance,
 * digest, flood, rate limit. Incident pages and critical events are
 * never folded by a budget (they still spend it); a window's setting decides
 * for critical events. Call late in the routing transaction: the budget and
 * fold rows are locked here, in key order, after the job locks, as every
 * routing transaction does.
 */
export async function foldNotifications(tx: Prisma.TransactionClient, notifications: TNewNotification[], subjects: Map<string, TFoldSubject>, now: Date): Promise<TNewNotification[]> {
  const requests = new Map<number, TFoldRequest>();
  const subjectOf = (notification: TNewNotification) => (notification.eventId ? subjects.get(notification.eventId) : undefined);
  const open = (notification: TNewNotification) => notification.status !== "SUPPRESSED" && notification.status !== "FOLDED";

  notifications.forEach((notification, index) => {
    const window = subjectOf(notification)?.maintenance;
    if (window && open(notification)) requests.set(index, maintenanceFold(notification, window));
  });

  notifications.forEach((notification, index) => {
    if (notification.digest && !requests.has(index) && open(notification) && !notification.incidentId) requests.set(index, digestFold(notification, notification.digest));
  });

  const flooded = await floodedEvents(tx, [...subjects.values()], now);
  const { FLOOD_SUMMARY_EVERY, FLOOD_EVENTS_PER_MINUTE } = env();
  notifications.forEach((notification, index) => {
    const subject = subjectOf(notification);
    const count = subject ? flooded.get(subject.eventId) : undefined;
    if (!subject || count === undefined || requests.has(index) || !open(notification) || notification.incidentId) return;
    const releaseAt = new Date(periodStart(now, FLOOD_SUMMARY_EVERY).getTime() + FLOOD_SUMMARY_EVERY);
    requests.set(index, {
      foldKey: `flood:${subject.groupKey}:${destinationOf(notification)}:${releaseAt.toISOString()}`,
      kind: "FLOOD",
      label: `flood circuit (${count} events of group ${subject.groupKey} this minute, more than ${FLOOD_EVENTS_PER_MINUTE})`,
      releaseAt,
      maintenanceWindowId: null,
      destination: notification,
    });
  });

  // What is already folded is not sent now, so it spends no budget; its summary will.
  const spending = notifications.flatMap((notification, index) =>
    (notification.status === "PENDING" || notification.status === undefined) && !requests.has(index)
      ? [{ index, notification, exempt: Boolean(notification.incidentId) || subjectOf(notification)?.severity === "critical" }]
      : [],
  );
  for (const [index, request] of await spendBudgets(tx, spending, now)) requests.set(index, request);
  if (requests.size === 0) return notifications;

  const folds = await openFolds(tx, [...requests.values()], now);
  return notifications.map((notification, index) => {
    const request = requests.get(index);
    const fold = request ? folds.get(request.foldKey) : undefined;
    // A fold already summarised (its release raced this batch) takes nothing more: the notification goes out as it is.
    if (!request || !fold) return notification;
    const reason =
      request.kind === "DIGEST"
        ? `Folded into summary #${fold.id} of their ${request.label}, sent ${at(fold.releaseAt)}`
        : `${request.kind === "MAINTENANCE" ? "Held" : "Folded"} by ${request.label} into summary #${fold.id}, sent ${at(fold.releaseAt)}`;
    return {
      ...notification,
      digest: null,
      status: "FOLDED",
      foldId: fold.id,
      deliverAfter: null,
      decision: notification.decision ? { ...notification.decision, outcome: "FOLDED", reason: `${notification.decision.reason}; ${reason}` } : notification.decision,
    };
  });
}

function digestFold(notification: TNewNotification, digest: NonNullable<TNewNotification["digest"]>): TFoldRequest {
  return { foldKey: `digest:${destinationOf(notification)}:${digest.releaseAt.toISOString()}`, kind: "DIGEST", label: digest.label, releaseAt: digest.releaseAt, maintenanceWindowId: null, destination: notification };
}

function maintenanceFold(notification: TNewNotification, window: TActiveMaintenanceWindow): TFoldRequest {
  return {
    foldKey: `maintenance:${window.id}:${window.endsAt.toISOString()}:${destinationOf(notification)}`,
    kind: "MAINTENANCE",
    label: `maintenance window "${window.name}"`,
    releaseAt: window.endsAt,
    maintenanceWindowId: window.id,
    destination: notification,
  };
}

const at = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
