import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";
import { freePort } from "./support/free-port";
import { startHttpReceiver } from "./support/http-receiver";
import { waitFor } from "./support/wait-for";

// Issue 15 "Metrics checked by Prometheus itself": a real Prometheus, started
// on loopback with the README's sample scrape config and alert rules, scrapes
// /metrics every second with the bearer token: the target is up, a job with a
// wrong token is down, Prometheus's own parser reads the labelled histograms,
// and the sample rules load and evaluate.
const PROMETHEUS = "/usr/bin/prometheus";
const installed = existsSync(PROMETHEUS);
const TOKEN = "prometheus-scrape-token-0123456789ab";
process.env.METRICS_TOKEN = TOKEN;
const scratch = await createScratchDatabase();
process.env.DATABASE_URL = scratch.url;

const { db, disconnectDb } = await import("@/server/db/client");
const route = await import("@/app/metrics/route");

const EXAMPLES = path.resolve(import.meta.dirname, "../src/server/metrics");
const dir = mkdtempSync(path.join(os.tmpdir(), "notify-prometheus-"));
let prometheus: ChildProcess | undefined;
let prometheusLog = "";
let prometheusUrl = "";

// The route handler served the simplest honest way: a loopback HTTP server handing each request to the exported GET.
const app = await startHttpReceiver(async ({ path: requested, headers }) => {
  if (requested !== "/metrics") return { status: 404, body: "not found" };
  const request = new Request(`http://127.0.0.1${requested}`, { headers: Object.entries(headers).flatMap(([name, value]) => (typeof value === "string" ? [[name, value] as [string, string]] : [])) });
  const response = await route.GET(request);
  return { status: response.status, body: await response.text(), headers: Object.fromEntries(response.headers) };
});

/** The README's sample prometheus.yml, pointed at this test's app, token file and rules, scraping every second. */
function prometheusConfig(target: string): string {
  const tokenFile = path.join(dir, "notify-metrics-token");
  writeFileSync(tokenFile, TOKEN);
  const replacements: [string, string][] = [
    ["  - notify-alert-rules.yml", `  - ${path.join(EXAMPLES, "alert-rules.example.yml")}`],
    ["scrape_interval: 30s", "scrape_interval: 1s"],
    ["scrape_timeout: 20s", "scrape_timeout: 1s"],
    ["credentials_file: /etc/prometheus/notify-metrics-token", `credentials_file: ${tokenFile}`],
    ['["notify.example.com:3009"]', `["${target}"]`],
  ];
  let config = readFileSync(path.join(EXAMPLES, "prometheus-scrape.example.yml"), "utf8");
  for (const [from, to] of replacements) {
    if (!config.includes(from)) throw new Error(`the sample scrape config no longer contains ${from}`);
    config = config.replace(from, to);
  }
  const wrongToken = `  - job_name: wrong-token
    scrape_interval: 1s
    authorization:
      credentials: not-the-metrics-token-0123456789
    static_configs:
      - targets: ["${target}"]
`;
  return `global:\n  evaluation_interval: 1s\n${config}${wrongToken}`;
}

type TVectorSample = { metric: Record<string, string>; value: [number, string] };

async function query(expression: string): Promise<TVectorSample[]> {
  const response = await fetch(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent(expression)}`);
  const body = (await response.json()) as { status: string; data: { result: TVectorSample[] } };
  return body.data.result;
}

async function valueOf(expression: string): Promise<number | undefined> {
  const [sample] = await query(expression);
  return sample ? Number(sample.value[1]) : undefined;
}

beforeAll(async () => {
  if (!installed) return;
  const createdAt = new Date(Date.now() - 600_000);
  for (const [id, latencyMs] of [[1, 200], [2, 3_000]] as const) {
    await db().notification.create({
      data: { id, channel: "EMAIL", notificationType: "job_completed", status: "SENT", subject: "s", body: "b", createdAt, sentAt: new Date(createdAt.getTime() + latencyMs) },
    });
  }
  const target = new URL(app.url("/")).host;
  writeFileSync(path.join(dir, "prometheus.yml"), prometheusConfig(target));
  const port = await freePort();
  prometheusUrl = `http://127.0.0.1:${port}`;
  prometheus = spawn(PROMETHEUS, [`--config.file=${path.join(dir, "prometheus.yml")}`, `--storage.tsdb.path=${path.join(dir, "data")}`, `--web.listen-address=127.0.0.1:${port}`, "--log.level=warn"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  prometheus.stdout?.on("data", (chunk: Buffer) => (prometheusLog += chunk.toString()));
  prometheus.stderr?.on("data", (chunk: Buffer) => (prometheusLog += chunk.toString()));
  await waitFor(() => fetch(`${prometheusUrl}/-/ready`).then((response) => response.ok, () => false), 30_000, `Prometheus to be ready (log: ${prometheusLog})`);
}, 60_000);

afterAll(async () => {
  if (prometheus && prometheus.exitCode === null) {
    const exited = new Promise((resolve) => prometheus?.once("exit", resolve));
    prometheus.kill("SIGTERM");
    await exited;
  }
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
  await disconnectDb();
  await scratch.drop();
});

const skipped = `SKIPPED, ${PROMETHEUS} is not installed (apt-get install prometheus; CI installs it)`;

describe("a real Prometheus scraping /metrics", () => {
  it.skipIf(!installed)(installed ? "sees the target up with the token, and down without it" : `scrape: ${skipped}`, async () => {
    const ups = await waitFor(
      async () => {
        const samples = await query("up");
        return samples.length === 2 ? Object.fromEntries(samples.map((sample) => [sample.metric.job, Number(sample.value[1])])) : null;
      },
      30_000,
      "both jobs to be scraped",
    );
    expect(ups).toEqual({ "opsconductor-notify": 1, "wrong-token": 0 });
    expect(app.receivedOn("/metrics").some((request) => request.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it.skipIf(!installed)(installed ? "reads the labelled histograms and counters as /metrics means them" : `histograms: ${skipped}`, async () => {
    const job = 'job="opsconductor-notify"';
    await waitFor(() => valueOf(`notify_delivery_latency_seconds_count{${job},channel="email"}`), 15_000, "the latency histogram");
    expect(await valueOf(`notify_delivery_latency_seconds_count{${job},channel="email"}`)).toBe(2);
    expect(await valueOf(`notify_delivery_latency_seconds_bucket{${job},channel="email",le="1"}`)).toBe(1);
    expect(await valueOf(`notify_delivery_latency_seconds_bucket{${job},channel="email",le="+Inf"}`)).toBe(2);
    expect(await valueOf(`notify_delivery_latency_seconds_count{${job},channel="slack"}`)).toBe(0);
    expect(await valueOf(`sum(notify_notifications_sent_total{${job}})`)).toBe(2);
    expect(await valueOf(`notify_workers_alive{${job}}`)).toBe(0);
  });

  it.skipIf(!installed)(installed ? "loads the sample alert rules and evaluates them without errors" : `rules: ${skipped}`, async () => {
    type TRule = { name: string; health: string; lastError?: string; lastEvaluation: string };
    const rules = await waitFor(
      async () => {
        const response = await fetch(`${prometheusUrl}/api/v1/rules`);
        const body = (await response.json()) as { data: { groups: { rules: TRule[] }[] } };
        const all = body.data.groups.flatMap((group) => group.rules);
        return all.length > 0 && all.every((rule) => !rule.lastEvaluation.startsWith("0001")) ? all : null;
      },
      15_000,
      "the rules to be evaluated",
    );
    expect(rules.map((rule) => [rule.name, rule.health, rule.lastError ?? ""])).toEqual([
      ["NotifyDeliveryFailureRatioHigh", "ok", ""],
      ["NotifyDeadLettersRising", "ok", ""],
      ["NotifyWorkersNotSending", "ok", ""],
    ]);
  });
});
