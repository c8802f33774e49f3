import { buildTemplateContext, type TTemplateContext, type TTemplateContextInput } from "./build-template-context";

export type TSampleContextKey = "job-succeeded" | "job-failed" | "critical-alert";

export type TSampleContext = { key: TSampleContextKey; label: string; input: TTemplateContextInput; context: TTemplateContext };

const recipient = { name: "Ada Lovelace", email: "ada@example.com", timezone: "Europe/Berlin" };
const system = { appUrl: "https://notify.example.com", environment: "production", productName: "OpsConductor Notify" };
const custom = { runbook_base: "https://runbooks.example.com" };

const jobSucceeded: TTemplateContextInput = {
  event: {
    id: "0193b0a1-2f4e-7b10-8c2d-1a2b3c4d5e6f",
    type: "job.succeeded",
    severity: "info",
    title: "nightly-backup succeeded on db-01",
    message: "Backup of orders written to s3://backups/orders/2026-12-01.dump (42 GB).",
    source: "cron",
    labels: { env: "prod", team: "data" },
    data: { database: "orders", size_gb: 42 },
    occurredAt: "2026-12-01T21:09:30Z",
  },
  job: {
    name: "nightly-backup",
    status: "succeeded",
    runId: "8811",
    durationMs: 222_000,
    host: "db-01",
    url: "https://ci.example.com/jobs/nightly-backup/runs/8811",
    exitCode: 0,
    startedAt: "2026-12-01T21:05:48Z",
    finishedAt: "2026-12-01T21:09:30Z",
  },
  recipient,
  system,
  custom,
  notificationUrl: "https://notify.example.com/notifications/4710",
  now: "2026-12-01T21:09:35Z",
};

const jobFailed: TTemplateContextInput = {
  event: {
    id: "0193b0c4-7d2e-7c3a-9f1e-4b5a6c7d8e9f",
    type: "job.failed",
    severity: "warning",
    title: "nightly-backup failed on db-01",
    message: "pg_dump exited with code 1 after 4 min 12 s.",
    source: "cron",
    labels: { env: "prod", team: "data" },
    data: {
      database: "orders",
      size_gb: 42,
      replicas: ["db-02", "db-03"],
      checks: [
        { name: "wal", ok: true },
        { name: "disk", ok: false },
      ],
    },
    occurredAt: "2026-12-01T21:10:00Z",
  },
  job: {
    name: "nightly-backup",
    status: "failed",
    runId: "8812",
    durationMs: 252_000,
    host: "db-01",
    step: "dump",
    error: "pg_dump: error: connection to server lost",
    logExcerpt: "pg_dump: dumping contents of table public.orders\npg_dump: error: connection to server lost",
    url: "https://ci.example.com/jobs/nightly-backup/runs/8812",
    exitCode: 1,
    startedAt: "2026-12-01T21:05:48Z",
    finishedAt: "2026-12-01T21:10:00Z",
  },
  recipient,
  system,
  custom,
  notificationUrl: "https://notify.example.com/notifications/4711",
  incident: { id: 17, ackUrl: "https://notify.example.com/ack/4711.1764630000.signature" },
  now: "2026-12-01T21:10:05Z",
};

const criticalAlert: TTemplateContextInput = {
  event: {
    id: "0193b0d9-11aa-7e4b-b3c2-9d8e7f6a5b4c",
    type: "alert.disk_full",
    severity: "critical",
    title: "Disk /var/lib/postgresql 97% full on db-01",
    message: "Free space fell below 3% (12 GB left). Writes stop at 100%.",
    source: "prometheus",
    labels: { env: "prod", team: "data", alertname: "DiskAlmostFull" },
    data: { mount: "/var/lib/postgresql", used_percent: 97, free_gb: 12 },
    occurredAt: "2026-12-01T21:12:00Z",
  },
  job: null,
  recipient,
  system,
  custom,
  notificationUrl: "https://notify.example.com/notifications/4712",
  now: "2026-12-01T21:12:04Z",
};

const sample = (key: TSampleContextKey, label: string, input: TTemplateContextInput): TSampleContext => ({ key, label, input, context: buildTemplateContext(input) });

/** Sample data for previews; `input` lets a preview swap in the real recipient or custom values. */
export const SAMPLE_CONTEXTS: readonly TSampleContext[] = [
  sample("job-succeeded", "Job succeeded", jobSucceeded),
  sample("job-failed", "Job failed with log excerpt", jobFailed),
  sample("critical-alert", "Critical alert", criticalAlert),
];

export function sampleContext(key: TSampleContextKey): TTemplateContext {
  const found = SAMPLE_CONTEXTS.find((entry) => entry.key === key);
  if (!found) throw new Error(`no sample context ${key}`);
  return found.context;
}
