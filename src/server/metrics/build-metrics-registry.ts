import { Counter, Gauge, Registry } from "prom-client";
import { DELIVERY_LATENCY_BUCKETS_SECONDS, SEND_DURATION_BUCKETS_SECONDS } from "./histogram-buckets";
import type { TMetricsSnapshot } from "./read-metrics-snapshot";
import { SnapshotHistogram } from "./snapshot-histogram";

/**
 * A registry of its own for each scrape, filled from one snapshot: nothing is
 * registered in prom-client's global registry, so tests, Next's hot reload and
 * two scrapes at once can never collide over a metric name or see each
 * other's half-set values.
 */
export function buildMetricsRegistry(snapshot: TMetricsSnapshot): Registry {
  const registry = new Registry();
  const registers = [registry];
  const counter = <T extends string>(name: string, help: string, labelNames: readonly T[]) => new Counter<T>({ name, help, labelNames, registers });
  const gauge = (name: string, help: string, value: number) => new Gauge({ name, help, registers }).set(value);

  const events = counter("notify_events_received_total", "Events received, by severity.", ["severity"]);
  for (const { severity, received } of snapshot.events) events.inc({ severity }, received);

  const byTypeHelp = "by channel and notification type.";
  const created = counter("notify_notifications_created_total", `Notifications created, ${byTypeHelp}`, ["channel", "type"]);
  const sent = counter("notify_notifications_sent_total", `Notifications sent, ${byTypeHelp}`, ["channel", "type"]);
  const failed = counter("notify_notifications_failed_total", `Notifications failed for good (now FAILED; a requeue takes one out), ${byTypeHelp}`, ["channel", "type"]);
  const dead = counter("notify_notifications_dead_total", `Notifications dead-lettered (now DEAD; a requeue or discard takes one out), ${byTypeHelp}`, ["channel", "type"]);
  const sentByLabels = new Map(snapshot.sent.sent.map((row) => [`${row.channel}\n${row.type}`, row.sent]));
  for (const row of snapshot.notifications) {
    const labels = { channel: row.channel, type: row.type };
    created.inc(labels, row.created);
    // Every label pair that has notifications, sent or not, so a ratio of sent to created has both sides.
    sent.inc(labels, sentByLabels.get(`${row.channel}\n${row.type}`) ?? 0);
    failed.inc(labels, row.failed);
    dead.inc(labels, row.dead);
  }

  const attempts = counter("notify_delivery_attempts_total", "Finished delivery attempts, by channel and outcome (delivered, transient_failure, permanent_failure).", ["channel", "outcome"]);
  for (const { channel, outcome, attempts: count } of snapshot.attempts.counts) attempts.inc({ channel, outcome }, count);

  new SnapshotHistogram(
    { name: "notify_delivery_latency_seconds", help: "Created to delivered, of sent notifications, by channel (retries and quiet hours included).", labelNames: ["channel"], buckets: DELIVERY_LATENCY_BUCKETS_SECONDS, registers },
    snapshot.sent.latency,
  );
  new SnapshotHistogram(
    { name: "notify_send_duration_seconds", help: "Duration of one delivery attempt's send, by channel, whatever its outcome.", labelNames: ["channel"], buckets: SEND_DURATION_BUCKETS_SECONDS, registers },
    snapshot.attempts.sendDuration,
  );

  const { queue } = snapshot;
  gauge("notify_queue_depth", "Jobs ready to run now and not yet taken by a worker.", queue.queued);
  gauge("notify_queue_scheduled_jobs", "Jobs scheduled to run later (retries, escalation levels, deferred sends).", queue.scheduled);
  gauge("notify_queue_running_jobs", "Jobs a worker holds right now.", queue.running);
  gauge("notify_queue_oldest_job_age_seconds", "How long the oldest job ready to run has been waiting; 0 when none waits.", queue.oldestQueuedAgeSeconds);
  gauge("notify_dead_letters", "Notifications in the dead-letter queue now.", queue.deadLetters);
  gauge("notify_open_circuits", "Delivery transports (SMTP servers, webhook hosts) whose circuit is open.", queue.openCircuits);
  gauge("notify_workers_alive", "Worker processes whose heartbeat is fresh (under 30 s old).", queue.workersAlive);
  gauge("notify_delivery_paused", "1 while sending is paused on every worker (Queue page, Pause sending), else 0.", queue.paused ? 1 : 0);
  gauge("notify_metrics_collect_duration_seconds", "Time PostgreSQL took to compute this scrape's figures.", snapshot.collectSeconds);
  return registry;
}
