import { env } from "@/env";
import { formatWindow } from "@/server/folds/fold-window";
import { destinationOf } from "@/server/folds/destination-budget";
import type { TNewNotification } from "@/server/notifications/insert-notification";

/** A job event's place in a flap: the job, its status changes in FLAP_WINDOW, and whether this event started it. */
export type TFlap = { jobKey: string; changes: number; started: boolean; since: Date };

/** One stable-again check per job, moved later on every change (graphile-worker replaces the waiting job). */
export const flapCheckKey = (jobKey: string) => `flap:${jobKey}`;

export const FLAPPING_TYPE = "job.flapping";

/** "nightly-backup" out of "executor:nightly-backup". */
export const jobNameOf = (jobKey: string) => jobKey.slice(jobKey.indexOf(":") + 1);

/**
 * A flapping job's stream collapses: the event that starts the flap sends
 * each of its recipients one "flapping" message instead of its own; later
 * ones are held back (stored, with the reason) and listed in the one
 * "stable again" message. Notifications of other events pass unchanged.
 */
export function quietFlapping(notifications: TNewNotification[], flapping: Map<string, TFlap>): TNewNotification[] {
  if (flapping.size === 0) return notifications;
  const window = formatWindow(env().FLAP_WINDOW);
  const told = new Set<string>();
  return notifications.map((notification) => {
    const flap = notification.eventId ? flapping.get(notification.eventId) : undefined;
    if (!flap || notification.status === "SUPPRESSED") return notification;
    const name = jobNameOf(flap.jobKey);
    const metadata = { ...notification.metadata, flapping_job_key: flap.jobKey };
    const who = `${flap.jobKey}|${destinationOf(notification)}`;
    if (flap.started && !told.has(who)) {
      told.add(who);
      return {
        ...notification,
        subject: `Flapping: ${name} changed state ${flap.changes} times in ${window}`,
        body: `Job ${name} keeps alternating between failure and success: ${flap.changes} changes within ${window}. Latest: ${notification.subject}.\n\nFurther messages about it are held back until it has been stable for ${window}; you then get one message with its state and every message held.\n\n${notification.body}`,
        notificationType: FLAPPING_TYPE,
        metadata,
        decision: notification.decision ? { ...notification.decision, reason: `${notification.decision.reason}; job ${name} started flapping (${flap.changes} changes in ${window}): one flapping message instead of the stream` } : notification.decision,
      };
    }
    return {
      ...notification,
      status: "SUPPRESSED",
      deliverAfter: null,
      metadata,
      decision: notification.decision
        ? { ...notification.decision, outcome: "SUPPRESSED", reason: `${notification.decision.reason}; held back: job ${name} is flapping (${flap.changes} changes in ${window}), listed in its "stable again" message` }
        : notification.decision,
    };
  });
}
