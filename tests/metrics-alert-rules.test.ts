import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The sample alert rules the README proposes for /metrics: valid for
// Prometheus (promtool check rules), and each one fires — or stays quiet —
// on series shaped like the ones /metrics exposes (promtool test rules).
const PROMTOOL = "/usr/bin/promtool";
const RULES = path.resolve(import.meta.dirname, "../src/server/metrics/alert-rules.example.yml");
const installed = existsSync(PROMTOOL);
const skipped = `SKIPPED, ${PROMTOOL} is not installed (apt-get install prometheus; CI installs it)`;

const dir = mkdtempSync(path.join(os.tmpdir(), "notify-alert-rules-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function promtool(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = execFile(PROMTOOL, args, (error, stdout, stderr) => resolve({ code: error ? (child.exitCode ?? 1) : 0, output: `${stdout}${stderr}` }));
  });
}

const series = (name: string, labels: Record<string, string>, values: string) =>
  `      - series: '${name}{${Object.entries({ job: "notify", ...labels }).map(([key, value]) => `${key}="${value}"`).join(",")}}'\n        values: '${values}'`;

// One minute per step. Instance "a" is unhealthy in every way, "b" is healthy, "c" is paused on purpose.
const UNIT_TESTS = `rule_files:
  - ${RULES}
evaluation_interval: 1m
tests:
  - interval: 1m
    input_series:
${[
  series("notify_delivery_attempts_total", { instance: "a", channel: "email", outcome: "delivered" }, "0+6x60"),
  series("notify_delivery_attempts_total", { instance: "a", channel: "email", outcome: "transient_failure" }, "0+4x60"),
  series("notify_delivery_attempts_total", { instance: "a", channel: "email", outcome: "permanent_failure" }, "0x60"),
  series("notify_delivery_attempts_total", { instance: "a", channel: "slack", outcome: "delivered" }, "0+10x60"),
  series("notify_delivery_attempts_total", { instance: "a", channel: "slack", outcome: "transient_failure" }, "0x60"),
  series("notify_delivery_attempts_total", { instance: "a", channel: "sms", outcome: "permanent_failure" }, "0+1x3 3x57"),
  series("notify_dead_letters", { instance: "a" }, "0x29 5x30"),
  series("notify_dead_letters", { instance: "b" }, "4x29 2x30"),
  series("notify_workers_alive", { instance: "a" }, "1x10 0x50"),
  series("notify_queue_oldest_job_age_seconds", { instance: "a" }, "0x60"),
  series("notify_delivery_paused", { instance: "a" }, "0x60"),
  series("notify_workers_alive", { instance: "b" }, "1x60"),
  series("notify_queue_oldest_job_age_seconds", { instance: "b" }, "0x10 400x50"),
  series("notify_delivery_paused", { instance: "b" }, "0x60"),
  series("notify_workers_alive", { instance: "c" }, "1x60"),
  series("notify_queue_oldest_job_age_seconds", { instance: "c" }, "0x5 900x55"),
  series("notify_delivery_paused", { instance: "c" }, "1x60"),
].join("\n")}
    alert_rule_test:
      - eval_time: 45m
        alertname: NotifyDeliveryFailureRatioHigh
        exp_alerts:
          - exp_labels: { severity: warning, channel: email }
            exp_annotations:
              summary: "email: 40% of delivery attempts failed in the last 15 minutes"
              description: "See the Queue page for open circuits and the notifications' attempts for the servers' replies."
      - eval_time: 45m
        alertname: NotifyDeadLettersRising
        exp_alerts:
          - exp_labels: { severity: warning, job: notify, instance: a }
            exp_annotations:
              summary: "5 more notifications in the dead-letter queue than 30 minutes ago"
              description: "Every retry of these failed. Requeue or discard them on the Queue page once the cause is fixed."
      - eval_time: 12m
        alertname: NotifyWorkersNotSending
        exp_alerts: []
      - eval_time: 15m
        alertname: NotifyWorkersNotSending
        exp_alerts:
          - exp_labels: { severity: critical, job: notify, instance: a }
            exp_annotations:
              summary: "No worker is taking jobs: 0 (workers alive, or seconds the oldest job has waited)"
              description: "Start or restart \`npm run worker\`; /api/v1/notification/health shows each worker's last heartbeat."
          - exp_labels: { severity: critical, job: notify, instance: b }
            exp_annotations:
              summary: "No worker is taking jobs: 400 (workers alive, or seconds the oldest job has waited)"
              description: "Start or restart \`npm run worker\`; /api/v1/notification/health shows each worker's last heartbeat."
`;

describe("sample alert rules for /metrics", () => {
  it.skipIf(!installed)(installed ? "pass promtool check rules" : `promtool check rules: ${skipped}`, async () => {
    const { code, output } = await promtool(["check", "rules", RULES]);
    expect(output).toContain("SUCCESS: 3 rules found");
    expect(code).toBe(0);
  });

  it.skipIf(!installed)(installed ? "fire on the series they are meant for and stay quiet otherwise (promtool test rules)" : `promtool test rules: ${skipped}`, async () => {
    const file = path.join(dir, "alert-rules.test.yml");
    writeFileSync(file, UNIT_TESTS);
    const { code, output } = await promtool(["test", "rules", file]);
    expect(output).toContain("SUCCESS");
    expect(code).toBe(0);
  });
});
