import type { TRuleInput } from "@/server/rules/rule-schema";
import { benchUserEmail, DRAIN_SOURCE } from "./event-samples";

const is = (field: string, value: string | number) => ({ field, op: "equals" as const, value });
const glob = (field: string, value: string) => ({ field, op: "glob" as const, value });
const atLeast = (severity: "warning" | "critical") => ({ field: "severity", op: "gte" as const, value: severity });
const users = (...indexes: number[]) => indexes.map((index) => ({ user: benchUserEmail(index) }));

/**
 * Twenty rules as an operations team would write them for the event mix of
 * event-samples.ts: globs on type and host, severity thresholds, label
 * equality, a title regex, role and user targets, one suppress, one
 * set_severity and one stop. Roles are small (see event-users.ts), so an
 * event reaches a handful of people, not hundreds.
 */
export const BENCH_RULES: TRuleInput[] = [
  { name: "Drop dev noise", match: { all: [is("labels.env", "dev"), { field: "severity", op: "lt", value: "warning" }] }, actions: { suppress: true } },
  { name: "Prod timeouts are critical", match: { all: [is("type", "job.timeout"), is("labels.env", "prod")] }, actions: { set_severity: "critical" } },
  { name: "Critical to admins", match: { all: [atLeast("critical")] }, actions: { notify: [{ role: "ADMIN" }], channels: ["email"] } },
  { name: "Prod failures to on-call", match: { all: [glob("type", "job.{failed,timeout}"), is("labels.env", "prod")] }, actions: { notify: [{ role: "OPERATOR" }] } },
  { name: "Payments failures", match: { all: [is("labels.team", "payments"), { field: "type", op: "in", value: ["job.failed", "job.timeout"] }] }, actions: { notify: users(10, 11) } },
  { name: "Database hosts", match: { all: [glob("job.host", "db-*"), atLeast("warning")] }, actions: { notify: users(20) } },
  { name: "Disk alerts", match: { all: [glob("type", "alert.disk*")] }, actions: { notify: users(21, 22), channels: ["email"] } },
  { name: "Backups", match: { all: [glob("job.name", "*backup*"), glob("type", "job.*"), { field: "type", op: "not_equals", value: "job.started" }] }, actions: { notify: users(30) } },
  { name: "Out of memory", match: { any: [{ field: "title", op: "regex", value: "(?i)out of memory|\\boom\\b" }, is("job.exit_code", 137)] }, actions: { notify: users(40) } },
  { name: "Staging failures", match: { all: [is("labels.env", "staging"), is("type", "job.failed")] }, actions: { notify: users(50) } },
  { name: "Search team", match: { all: [is("labels.team", "search"), atLeast("warning")] }, actions: { notify: users(60, 61) } },
  { name: "ETL pipelines", match: { all: [glob("job.name", "etl-*"), glob("type", "job.{failed,timeout}")] }, actions: { notify: users(70) } },
  { name: "Critical on web hosts", match: { all: [glob("job.host", "web-*"), is("severity", "critical")] }, actions: { notify: users(80) } },
  { name: "Long runs", match: { all: [is("type", "job.completed"), { field: "job.duration_ms", op: "gt", value: 3_600_000 }] }, actions: { notify: users(90) } },
  { name: "Scheduler restarts", match: { all: [glob("type", "system.*")] }, actions: { notify: [{ role: "ADMIN" }] } },
  { name: "Deploys", match: { all: [is("type", "deploy.finished"), { field: "labels.env", op: "in", value: ["prod", "staging"] }] }, actions: { notify: users(100), stop: true } },
  { name: "EU warnings", match: { all: [is("labels.region", "eu-west-1"), atLeast("warning"), glob("type", "alert.*")] }, actions: { notify: users(110) } },
  { name: "Platform and data completions", match: { all: [is("type", "job.completed"), is("labels.env", "prod"), { field: "labels.team", op: "in", value: ["platform", "data"] }] }, actions: { notify: users(120) } },
  { name: "Batch host pressure", match: { all: [glob("job.host", "batch-*"), glob("type", "alert.{cpu,memory}_high")] }, actions: { notify: users(130, 131) } },
  { name: "Payment run starts", match: { all: [is("type", "job.started"), { field: "labels.team", op: "in", value: ["payments", "web"] }] }, actions: { notify: users(140) } },
];

/** First, and stopping: phase 3's events reach only the drain user each names, by email (their preferences), one notification each. */
export const DRAIN_RULE: TRuleInput = {
  name: "Bench drain",
  position: 0,
  match: { all: [is("source", DRAIN_SOURCE)] },
  actions: { stop: true },
};

/** Saves rules through the app's own createRule, so each is validated as the API would. */
export async function createRules(rules: TRuleInput[]): Promise<void> {
  const { createRule } = await import("@/server/rules/save-rule");
  for (const input of rules) await createRule({ input, actorId: null });
}
