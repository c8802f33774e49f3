import { alertOccurrenceOf } from "@/server/events/alert-occurrence";
import type { TRoutableEvent } from "@/server/events/routable-event";
import type { TCloseBy } from "./close-incident";

const JOB_FAILURE_TYPES = new Set(["job.failed", "job.timeout"]);
const JOB_SUCCESS_TYPES = new Set(["job.completed", "job.succeeded"]);

/**
 * Something that breaks and recovers over many events, known by one key: a
 * job (its source and name; job.failed ... job.completed) or a monitoring
 * alert (its fingerprint; firing ... resolved). Its last state says whether a
 * good event is a recovery; its incidents are opened and resolved by the key;
 * its events are locked by it (lockJobs).
 */
export type TCondition = {
  key: string;
  /** What this event says of it; null: neither (job.started), only the lock and incident key apply. */
  outcome: "failed" | "succeeded" | null;
  /**
   * A resolved alert is no news of its own: only those told it fired hear it
   * resolved. A completed job is routed as usual as well (some want every run).
   */
  recoveryOnly: boolean;
  /** Who resolves its incidents when it recovers, as the incident's timeline says. */
  resolvedBy: TCloseBy;
  /** How its messages name it: "Job nightly-backup", "Alert HighCPU on db-01" — never by its key's hash. */
  name: string;
  /** Its two states in words, for "keeps alternating between failure and success". */
  states: { failed: string; succeeded: string };
  /** What it is in each state, for "Stable again: nightly-backup is succeeding". */
  is: { failed: string; succeeded: string };
};

/** A job's words; also for a condition whose last event is gone. */
export const JOB_WORDS = { states: { failed: "failure", succeeded: "success" }, is: { failed: "failing", succeeded: "succeeding" } };
const ALERT_WORDS = { states: { failed: "firing", succeeded: "resolved" }, is: { failed: "firing", succeeded: "resolved" } };

export function conditionOf(event: Pick<TRoutableEvent, "type" | "source" | "job" | "data"> & { labels?: Record<string, string> | null }): TCondition | null {
  const alert = alertOccurrenceOf(event);
  if (alert) {
    return {
      key: `alert:${alert.fingerprint}`,
      outcome: alert.status === "firing" ? "failed" : "succeeded",
      recoveryOnly: true,
      resolvedBy: { actor: "the alert", via: `a resolved ${event.type} alert` },
      name: alertName(event.type, event.labels ?? {}),
      ...ALERT_WORDS,
    };
  }
  if (!event.job?.name) return null;
  const outcome = JOB_FAILURE_TYPES.has(event.type) ? "failed" : JOB_SUCCESS_TYPES.has(event.type) ? "succeeded" : null;
  return { key: `${event.source ?? ""}:${event.job.name}`, outcome, recoveryOnly: false, resolvedBy: { actor: "the job", via: "a job.completed event" }, name: `Job ${event.job.name}`, ...JOB_WORDS };
}

/** "Alert HighCPU on db-01:9100": the alertname label as Prometheus spelled it (else the type's name), and its instance. */
function alertName(type: string, labels: Record<string, string>): string {
  const name = labels.alertname?.trim() || type.slice("alert.".length);
  return `Alert ${name}${labels.instance ? ` on ${labels.instance}` : ""}`;
}
