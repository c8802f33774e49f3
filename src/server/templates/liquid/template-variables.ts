export type TTemplateVariableType = "string" | "number" | "datetime" | "map";

export type TTemplateVariable = {
  /** Dotted path as written in a template: `job.duration_ms`. */
  path: string;
  /** `datetime` is an ISO 8601 string; `map` is an object whose keys are free (`event.labels.<key>`). */
  type: TTemplateVariableType;
  description: string;
  sample: string | number | Record<string, unknown>;
  /** May be empty for some events: render it behind `{% if %}` or `| default`. */
  optional: boolean;
};

const v = (path: string, type: TTemplateVariableType, description: string, sample: TTemplateVariable["sample"], optional = false): TTemplateVariable => ({
  path,
  type,
  description,
  sample,
  optional,
});

/** The documented variables, for the editor's sidebar and autocompletion, and for validation. */
export const TEMPLATE_VARIABLES: readonly TTemplateVariable[] = [
  v("event.id", "string", "Id of the event.", "0193b0c4-7d2e-7c3a-9f1e-4b5a6c7d8e9f"),
  v("event.type", "string", "Dotted event type.", "job.failed"),
  v("event.severity", "string", "info, warning or critical.", "warning"),
  v("event.title", "string", "One-line summary.", "nightly-backup failed on db-01"),
  v("event.message", "string", "Longer text of the event.", "pg_dump exited with code 1 after 4 min 12 s.", true),
  v("event.source", "string", "The system that reported the event.", "cron", true),
  v("event.occurred_at", "datetime", "When it happened (UTC); format with | local_time.", "2026-12-01T21:10:00.000Z"),
  v("event.labels", "map", "Labels of the event, each a text: event.labels.<name>.", { env: "prod", team: "data" }),
  v("event.data", "map", "Free JSON data of the event: event.data.<key>.", { database: "orders", size_gb: 42 }),
  v("job.name", "string", "Name of the job.", "nightly-backup", true),
  v("job.status", "string", "Status the executor reported.", "failed", true),
  v("job.run_id", "string", "Id of the run.", "8812", true),
  v("job.duration_ms", "number", "Run time in milliseconds; format with | duration.", 252000, true),
  v("job.host", "string", "Host the job ran on.", "db-01", true),
  v("job.step", "string", "The step that failed.", "dump", true),
  v("job.error", "string", "Error message.", "pg_dump: error: connection to server lost", true),
  v("job.log_excerpt", "string", "The last lines of the log.", "pg_dump: dumping contents of table public.orders\npg_dump: error: connection to server lost", true),
  v("job.url", "string", "Link to the run in the executor.", "https://ci.example.com/jobs/nightly-backup/runs/8812", true),
  v("job.exit_code", "number", "Exit code of the process.", 1, true),
  v("job.started_at", "datetime", "When the run started (UTC).", "2026-12-01T21:05:48.000Z", true),
  v("job.finished_at", "datetime", "When the run ended (UTC).", "2026-12-01T21:10:00.000Z", true),
  v("recipient.name", "string", "Name of the person notified.", "Ada Lovelace", true),
  v("recipient.email", "string", "Their email address.", "ada@example.com", true),
  v("recipient.timezone", "string", "Their IANA time zone; local_time and date use it.", "Europe/Berlin"),
  v("system.app_url", "string", "Base URL of this service.", "https://notify.example.com"),
  v("system.environment", "string", "Deployment environment.", "production"),
  v("system.product_name", "string", "Product name from the branding settings.", "OpsConductor Notify"),
  v("notification.url", "string", "Link to this notification in the web app.", "https://notify.example.com/notifications/4711", true),
  v("incident.id", "number", "The incident this message escalates (empty when it is none).", 17, true),
  v("incident.ack_url", "string", "A signed link that acknowledges the incident, once, for 24 hours.", "https://notify.example.com/ack/4711.1764630000.signature", true),
  v("now", "datetime", "When the message is rendered (UTC).", "2026-12-01T21:10:05.000Z"),
];

/** The catalogue with the administrator's custom variables, as `custom.<key>`. */
export function templateVariablesFor(custom: Readonly<Record<string, string>>): TTemplateVariable[] {
  const entries = Object.entries(custom).map(([key, value]) => v(`custom.${key}`, "string", "Custom variable set by an administrator.", value));
  return [...TEMPLATE_VARIABLES, ...entries];
}
