import type { TEventInput } from "@/server/events/event-schema";

/** Prepared events for "Test against a sample event": the cases operators write rules for. */
export const SAMPLE_EVENTS: { label: string; event: TEventInput }[] = [
  {
    label: "Backup job failed in production",
    event: {
      type: "job.failed",
      source: "executor",
      job: { name: "nightly-backup", run_id: "4711", status: "failed", host: "db-01", step: "pg_dump", exit_code: 2, duration_ms: 252_000, error: "pg_dump: connection refused" },
      labels: { env: "prod", team: "dba" },
    },
  },
  {
    label: "Deploy completed",
    event: { type: "job.completed", source: "executor", job: { name: "deploy-web", run_id: "982", status: "success", host: "web-1", duration_ms: 95_000 }, labels: { env: "prod", team: "web" } },
  },
  {
    label: "Job timed out on staging",
    event: { type: "job.timeout", source: "scheduler", job: { name: "reindex", run_id: "77", host: "search-2", duration_ms: 3_600_000 }, labels: { env: "staging" } },
  },
  {
    label: "Critical alert: disk full",
    event: { type: "alert.disk_full", severity: "critical", source: "prometheus", title: "Disk /var is 98% full on db-02", labels: { env: "prod", service: "postgres" }, data: { used_percent: 98 } },
  },
  { label: "System event: worker restarted", event: { type: "system.worker_restarted", source: "notify", message: "A worker process restarted after a crash." } },
];
