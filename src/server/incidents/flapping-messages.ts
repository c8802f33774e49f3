import { env } from "@/env";
import { formatWindow } from "@/server/folds/fold-window";
import { destinationOf } from "@/server/folds/destination-budget";
import type { TNewNotification } from "@/server/notifications/insert-notification";
import type { TCondition } from "./condition";

/** A job (or alert) event's place in a flap: its key and name, its status changes in FLAP_WINDOW, and whether this event started it. */
export type TFlap = { jobKey: string; name: string; states: TCondition["states"]; changes: number; started: boolean; since: Date };

/** One stable-again check per job, moved later on every change (graphile-worker replaces the waiting job). */
export const flapCheckKey = (jobKey: string) => `flap:${jobKey}`;

export const FLAPPING_TYPE = "job.flapping";

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
    const { name } = flap;
    const short = shortName(name);
    const metadata = { ...notification.metadata, flapping_job_key: flap.jobKey };
    const who = `${flap.jobKey}|${destinationOf(notification)}`;
    if (flap.started && !told.has(who)) {
      told.add(who);
      return {
        ...notification,
        subject: `Flapping: ${short} changed state ${flap.changes} times in ${window}`,
        body: `${name} keeps alternating between ${flap.states.failed} and ${flap.states.succeeded}: ${flap.changes} changes within ${window}. Latest: ${notification.subject}.\n\nFurther messages about it are held back until it has been stable for ${window}; you then get one message with its state and every message held.\n\n${notification.body}`,
        notificationType: FLAPPING_TYPE,
        metadata,
        decision: notification.decision ? { ...notification.decision, reason: `${notification.decision.reason}; ${lower(name)} started flapping (${flap.changes} changes in ${window}): one flapping message instead of the stream` } : notification.decision,
      };
    }
    return {
      ...notification,
      status: "SUPPRESSED",
      deliverAfter: null,
      metadata,
      decision: notification.decision
        ? { ...notification.decision, outcome: "SUPPRESSED", reason: `${notification.decision.reason}; held back: ${lower(name)} is flapping (${flap.changes} changes in ${window}), listed in its "stable again" message` }
        : notification.decision,
    };
  });
}

/** "nightly-backup" out of "Job nightly-backup": subjects are short. */
export const shortName = (name: string) => name.replace(/^(Job|Alert) /, "");

/** "job nightly-backup" inside a sentence. */
export const lower = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
