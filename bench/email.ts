/**
 * `npm run bench:email`: notifications through the real path — HTTP API
 * (`next start`) -> PostgreSQL queue -> worker process -> SMTP server on
 * loopback — beside same-run baselines of nodemailer and graphile-worker
 * alone, checked against the targets of issue 3. Prints a table and writes
 * bench/results/email-<timestamp>.json. See `--help` for options.
 */
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { runGraphileBaseline, type TGraphileBaseline } from "./phases/graphile-baseline";
import { runNodemailerBaseline, type TNodemailerBaseline } from "./phases/nodemailer-baseline";
import { runLatency, runLiveThroughput, runQueuedDrain, warmUp, type TRealPath } from "./phases/real-path";
import { createApiClient } from "./support/api-client";
import { parseBenchOptions } from "./support/bench-options";
import { openBenchDatabase } from "./support/bench-database";
import { freePort } from "../tests/support/free-port";
import { formatReport, REFERENCE_BASELINES, targetChecks, writeResult, type TEmailBenchResult } from "./support/report";
import { startService, type TServiceProcess } from "./support/service-process";
import { startSmtpSink, type TSmtpSink } from "./support/smtp-sink";
import { runNode } from "./support/run-node";
import { prepareWebBuild } from "./support/web-build-snapshot";

const options = (() => {
  try {
    return parseBenchOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`[bench] ${error instanceof Error ? error.message : String(error)} (see --help)`);
    process.exit(2);
  }
})();
const log = (line: string) => console.log(`[bench] ${line}`);
const require = createRequire(import.meta.url);
const cleanups: (() => Promise<unknown>)[] = [];
const services: TServiceProcess[] = [];

let cleaningUp: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaningUp ??= (async () => {
    for (const step of cleanups.reverse()) await step().catch((error: unknown) => console.error("[bench] cleanup step failed:", error));
  })();
  return cleaningUp;
}

async function fail(message: string): Promise<never> {
  console.error(`[bench] ${message}`);
  for (const service of services) console.error(`[bench] last output of the ${service.name}:\n${service.recentOutput()}`);
  await cleanUp();
  process.exit(1);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void fail(`${signal}: stopping and cleaning up`));
}

try {
  await main();
  await cleanUp();
} catch (error) {
  await fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

async function main() {
  const startedAt = new Date();
  const loadAverageAtStart = os.loadavg().map((value) => Math.round(value * 100) / 100);
  const webBuild = await prepareWebBuild({ build: options.build, log });
  cleanups.push(webBuild.remove);

  const database = await openBenchDatabase(process.env.BENCH_DATABASE_URL);
  cleanups.push(database.close);
  log(`database: ${database.kind}, fresh and migrated`);
  const sink = await startSmtpSink();
  cleanups.push(sink.stop);

  // The app's configuration, for the bench's own calls and for the children.
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    SMTP_URL: sink.url,
    NEXTAUTH_SECRET: randomBytes(24).toString("base64url"),
    NOTIFY_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  });

  const render = await probeRender();
  const baselines = await measureBaselines(database.url, sink);

  const { createApiKey } = await import("@/server/auth/api-keys");
  const { setDeliveryPaused } = await import("@/server/delivery/worker-control");
  const { disconnectDb } = await import("@/server/db/client");
  cleanups.push(disconnectDb);
  const apiKey = await createApiKey({ name: "bench", scopes: ["notifications:write"] });

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", PORT: String(port), NEXTAUTH_URL: baseUrl, APP_URL: baseUrl, WORKER_CONCURRENCY: String(options.workerConcurrency),
    // The limiter still runs on every request; 20,000 notifications in a minute is the point here, not a client to refuse.
    API_RATE_LIMIT_PER_MINUTE: "100000000" };
  const onExit = (message: string) => void fail(message);
  // Written when each process exits, i.e. at cleanup.
  const profileArgs = options.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(`bench/results/profiles-${startedAt.toISOString().replace(/[:.]/g, "-")}`)}`] : [];
  const web = startService({ name: "web app", command: process.execPath, args: [...profileArgs, require.resolve("next/dist/bin/next"), "start", webBuild.dir, "--port", String(port), "--hostname", "127.0.0.1"], env: childEnv, onExit });
  services.push(web);
  cleanups.push(web.stop);
  const workers = Array.from({ length: options.workers }, (_, index) => {
    const name = options.workers === 1 ? "worker" : `worker${index + 1}`;
    return startService({ name, command: process.execPath, args: [...profileArgs, "--max-old-space-size=192", "--import", "tsx", "worker/index.ts"], env: childEnv, onExit });
  });
  services.push(...workers);
  cleanups.push(...workers.map((worker) => worker.stop));
  await Promise.all([web.waitForOutput(/Ready in/, 60_000), ...workers.map((worker) => worker.waitForOutput(/started \(pid/, 60_000))]);
  const [worker] = workers as [TServiceProcess, ...TServiceProcess[]];
  log(`web app on ${baseUrl} (pid ${web.pid}), worker pid${workers.length === 1 ? "" : "s"} ${workers.map((each) => each.pid).join(", ")}`);

  const api = createApiClient({ baseUrl, apiKey: apiKey.secret, maxSockets: Math.max(options.concurrency, 64) });
  cleanups.push(async () => api.close());
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  cleanups.push(() => pool.end());
  const realPath: TRealPath = {
    api,
    sink,
    workerPid: worker.pid,
    pool,
    setDeliveryPaused: async (paused) => void (await setDeliveryPaused(paused, "bench")),
    cpuSources: {
      bench: { pid: process.pid },
      web: { pid: web.pid },
      ...Object.fromEntries(workers.map((each) => [each.name, { pid: each.pid }])),
      ...(database.postmasterPid ? { postgres: { pid: database.postmasterPid, postgresServer: true } } : {}),
    },
  };
  await checkWebApp(baseUrl, web);

  log("warming up (200 notifications, not counted)");
  await warmUp(realPath, Math.min(200, options.n), options.concurrency);
  log(`throughput: ${options.n} notifications, sending while enqueueing`);
  const live = await runLiveThroughput(realPath, options.n, options.concurrency);
  log(`  ${live.perSecond}/s end to end`);
  log(`queued: ${options.n} notifications with sending paused, then the drain`);
  const queued = await runQueuedDrain(realPath, options.n, options.concurrency);
  log(`  enqueue ${queued.enqueue.perSecond}/s, drain ${queued.drain.perSecond}/s, worker ${queued.queued.workerRssMb} MB with ${queued.queued.jobsInQueue} queued`);
  const latency = [];
  for (const [label, share] of [["10%", 0.1], ["50%", 0.5]] as const) {
    const rate = Math.max(1, Math.round(live.perSecond * share));
    log(`latency at ${label} of ${live.perSecond}/s: ${rate}/s for ${options.latencySeconds} s`);
    latency.push(await runLatency(realPath, label, rate, options.latencySeconds));
  }
  if (sink.unkeyed() > 0) log(`warning: ${sink.unkeyed()} message(s) reached the sink without a notification id`);

  const partial = {
    benchmark: "email" as const,
    startedAt: startedAt.toISOString(),
    options,
    database: { kind: database.kind, settings: database.settings },
    webApp: `next start (build ${webBuild.buildId} of ${webBuild.builtAt.toISOString()}, private copy), real HTTP on loopback`,
    message: { htmlBytes: render.htmlBytes, textBytes: render.textBytes, renderMsPerMessage: render.msPerRender },
    baselines,
    realPath: { live, queued, latency, postFailures: api.failures },
    serviceErrors: Object.fromEntries(services.map((service) => [service.name, service.errorLines()])),
  };
  const result: TEmailBenchResult = {
    ...partial,
    finishedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version, loadAverageAtStart, loadAverageAtEnd: os.loadavg().map((value) => Math.round(value * 100) / 100) },
    checks: targetChecks(partial),
  };
  console.log(formatReport(result));
  log(`results written to ${await writeResult(result)}`);
}

async function measureBaselines(databaseUrl: string, sink: TSmtpSink): Promise<TEmailBenchResult["baselines"]> {
  if (options.skipBaselines) {
    log("baselines skipped: targets use the issue's reference figures");
    return { source: "issue reference", nodemailer: [], graphileWorker: null, ...REFERENCE_BASELINES };
  }
  const nodemailer: TNodemailerBaseline[] = [];
  for (const maxConnections of [5, 10]) {
    log(`baseline: nodemailer pooled, ${maxConnections} connections, ${options.n} messages`);
    nodemailer.push(await runNodemailerBaseline({ sink, count: options.n, maxConnections }));
    log(`  ${nodemailer.at(-1)?.perSecond}/s`);
  }
  log(`baseline: graphile-worker no-op jobs, ${options.n} jobs, concurrency ${options.workerConcurrency}`);
  const graphileWorker: TGraphileBaseline = await runGraphileBaseline({ databaseUrl, count: options.n, concurrency: options.workerConcurrency, latencySeconds: Math.min(10, options.latencySeconds) });
  log(`  drain ${graphileWorker.drain.perSecond}/s, add -> start p50 ${graphileWorker.latency.p50} ms, p99 ${graphileWorker.latency.p99} ms`);
  return {
    source: "same run",
    nodemailer,
    graphileWorker,
    // The better pool size is nodemailer's ceiling; the target is measured against it.
    nodemailerPerSecond: Math.max(...nodemailer.map((run) => run.perSecond)),
    graphileWorkerPerSecond: graphileWorker.drain.perSecond,
  };
}

/** Template render cost in a separate production-mode process, like the worker's. */
async function probeRender(): Promise<{ msPerRender: number; htmlBytes: number; textBytes: number }> {
  const output = await runNode(["--import", "tsx", "bench/support/render-probe.ts", "300"], { ...process.env, NODE_ENV: "production" });
  return JSON.parse(output.trim().split("\n").at(-1) ?? "{}");
}

/** Fails early, with its output, if the web app does not answer HTTP. */
async function checkWebApp(baseUrl: string, web: TServiceProcess) {
  const response = await fetch(`${baseUrl}/api/v1/notification/health`).catch(() => null);
  if (!response) throw new Error(`The web app does not answer on ${baseUrl}; its last output:\n${web.recentOutput()}`);
}
