/**
 * `npm run bench:events`: events through the real path — POST /api/v1/events
 * (`next start`) -> one routing job per request -> worker (rules, users,
 * preferences) -> notifications -> SMTP sink on loopback — beside the email
 * bench's same-run baselines. Four phases: batch ingest, routing throughput,
 * drain of event-routed vs direct email, single-event latency. Prints a table
 * and writes bench/results/events-<timestamp>.json. See `--help`.
 */
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "../tests/support/free-port";
import { queueState, runRoutedDrain } from "./phases/events-drain";
import { postEventBodies, runBatchIngest } from "./phases/events-ingest";
import { runSingleEventLatency } from "./phases/events-latency";
import { runRoutingThroughput, waitUntilAllRouted } from "./phases/events-routing";
import { runGraphileBaseline } from "./phases/graphile-baseline";
import { runNodemailerBaseline, type TNodemailerBaseline } from "./phases/nodemailer-baseline";
import { runQueuedDrain, warmUp, type TRealPath } from "./phases/real-path";
import { createApiClient } from "./support/api-client";
import { openBenchDatabase } from "./support/bench-database";
import { BENCH_RULES, createRules, DRAIN_RULE } from "./support/event-rules";
import { directDrainEmail, drainEvent, mixedBatchBody, mixedEvent } from "./support/event-samples";
import { notificationRequestBody } from "./support/sample-notification";
import { seedUsers, setDoNotDisturb } from "./support/event-users";
import { parseEventsBenchOptions } from "./support/events-options";
import { directDrainPerSecond, eventsTargetChecks, formatEventsReport, pooledDrainShare, type TEventsBenchResult } from "./support/events-report";
import { REFERENCE_BASELINES, writeResult } from "./support/report";
import { startService, type TServiceProcess } from "./support/service-process";
import { startSmtpSink, type TSmtpSink } from "./support/smtp-sink";
import { prepareWebBuild } from "./support/web-build-snapshot";

const BATCH = 1_000;
const BENCH_RATE_LIMIT_PER_MINUTE = 100_000_000;
const options = (() => {
  try {
    return parseEventsBenchOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`[bench] ${error instanceof Error ? error.message : String(error)} (see --help)`);
    process.exit(2);
  }
})();
const log = (line: string) => console.log(`[bench] ${line}`);
const require = createRequire(import.meta.url);
const cleanups: (() => Promise<unknown>)[] = [];
const services: TServiceProcess[] = [];
/** What the phases measured so far: written out even when a later phase fails. */
const measured: Partial<TEventsBenchResult> & { benchmark: "events"; startedAt: string } = { benchmark: "events", startedAt: new Date().toISOString(), options };

let cleaningUp: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaningUp ??= (async () => {
    for (const step of cleanups.reverse()) await step().catch((error: unknown) => console.error("[bench] cleanup step failed:", error));
  })();
  return cleaningUp;
}

let failing = false;
async function fail(message: string): Promise<never> {
  // The first failure is the one to report; what follows (a phase losing its database pool) is its consequence.
  if (failing) return new Promise<never>(() => {});
  failing = true;
  console.error(`[bench] ${message}`);
  for (const service of services) {
    if (!message.includes(service.recentOutput())) console.error(`[bench] last output of the ${service.name}:\n${service.recentOutput()}`);
  }
  if (/heap out of memory/.test(message)) console.error(`[bench] the worker ran out of its ${options.workerHeapMb} MB heap (--worker-heap-mb)`);
  const done = ["ingest", "routing", "drain", "latency"].filter((phase) => phase in measured);
  if (done.length) {
    const partial = { ...measured, failure: [message.split("\n", 1)[0], message.match(/^.*(FATAL|Error).*$/m)?.[0]].filter(Boolean).join(" "), serviceErrors: Object.fromEntries(services.map((service) => [service.name, service.errorLines()])) };
    const file = await writeResult(partial).catch(() => null);
    console.error(`[bench] measured before the failure: ${done.join(", ")}${file ? `; written to ${file}` : ""}`);
  }
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

/** Batch bodies of `count` events of the routing mix, numbered from `first`. */
function mixedBodies(first: number, count: number): string[] {
  return Array.from({ length: Math.ceil(count / BATCH) }, (_, batch) => mixedBatchBody(first + batch * BATCH, Math.min(BATCH, count - batch * BATCH), options.users));
}

async function main() {
  const startedAt = new Date(measured.startedAt);
  const loadAverageAtStart = os.loadavg().map((value) => Math.round(value * 100) / 100);
  const webBuild = await prepareWebBuild({ build: options.build, log });
  cleanups.push(webBuild.remove);

  const database = await openBenchDatabase(process.env.BENCH_DATABASE_URL);
  cleanups.push(database.close);
  log(`database: ${database.kind}, fresh and migrated`);
  const sink = await startSmtpSink();
  cleanups.push(sink.stop);
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    SMTP_URL: sink.url,
    NEXTAUTH_SECRET: randomBytes(24).toString("base64url"),
    NOTIFY_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  });

  const baselines = await measureBaselines(database.url, sink);
  measured.baselines = baselines;

  const { createApiKey } = await import("@/server/auth/api-keys");
  const { setDeliveryPaused } = await import("@/server/delivery/worker-control");
  const { disconnectDb } = await import("@/server/db/client");
  cleanups.push(disconnectDb);
  const apiKey = await createApiKey({ name: "bench", scopes: ["events:write", "notifications:write"] });
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  cleanups.push(() => pool.end());

  log(`directory: ${options.users} users with preferences, ${BENCH_RULES.length} rules, everyone in do-not-disturb for an hour`);
  const users = await seedUsers(pool, options.users);
  measured.setup = { users, rules: BENCH_RULES.length };
  await createRules(BENCH_RULES);
  await setDoNotDisturb(pool, 60);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    NEXTAUTH_URL: baseUrl,
    APP_URL: baseUrl,
    WORKER_CONCURRENCY: String(options.workerConcurrency),
    // The bench measures throughput, not the abuse limit (600 events a minute per key by default): the limiter still runs, it just never refuses.
    API_RATE_LIMIT_PER_MINUTE: String(BENCH_RATE_LIMIT_PER_MINUTE),
  };
  const onExit = (message: string) => void fail(message);
  const profileArgs = options.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(`bench/results/profiles-events-${startedAt.toISOString().replace(/[:.]/g, "-")}`)}`] : [];
  const web = startService({ name: "web app", command: process.execPath, args: [...profileArgs, require.resolve("next/dist/bin/next"), "start", webBuild.dir, "--port", String(port), "--hostname", "127.0.0.1"], env: childEnv, onExit });
  services.push(web);
  cleanups.push(web.stop);
  const workers = Array.from({ length: options.workers }, (_, index) => {
    const name = options.workers === 1 ? "worker" : `worker${index + 1}`;
    return startService({ name, command: process.execPath, args: [...profileArgs, `--max-old-space-size=${options.workerHeapMb}`, "--import", "tsx", "worker/index.ts"], env: childEnv, onExit });
  });
  services.push(...workers);
  cleanups.push(...workers.map((worker) => worker.stop));
  await Promise.all([web.waitForOutput(/Ready in/, 60_000), ...workers.map((worker) => worker.waitForOutput(/started \(pid/, 60_000))]);
  const [worker] = workers as [TServiceProcess, ...TServiceProcess[]];
  log(`web app on ${baseUrl} (pid ${web.pid}), worker pid${workers.length === 1 ? "" : "s"} ${workers.map((each) => each.pid).join(", ")}`);
  const response = await fetch(`${baseUrl}/api/v1/notification/health`).catch(() => null);
  if (!response) throw new Error(`The web app does not answer on ${baseUrl}; its last output:\n${web.recentOutput()}`);

  const api = createApiClient({ baseUrl, apiKey: apiKey.secret, maxSockets: Math.max(options.concurrency, 64) });
  cleanups.push(async () => api.close());
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
  const pause = async () => {
    await realPath.setDeliveryPaused(true);
    // Each worker re-reads the switch at most once a second.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
  };

  // Event numbers never repeat: each is a new job run, not a duplicate of an earlier one.
  let nextEvent = 0;
  const takeEvents = (count: number) => (nextEvent += count) - count;

  log("warming up (200 notifications, 2 batches and 100 single events, not counted)");
  await warmUp(realPath, 200, options.concurrency);
  await postEventBodies(realPath, mixedBodies(takeEvents(2 * BATCH), 2 * BATCH), 2);
  await postEventBodies(realPath, Array.from({ length: 100 }, () => JSON.stringify(mixedEvent(takeEvents(1), options.users))), 8);
  await waitUntilAllRouted(pool);

  await pause();
  const ingestBodies = mixedBodies(takeEvents(options.n), options.n);
  log(`1. batch ingest: ${options.n} events in ${ingestBodies.length} requests, ${options.batchesInFlight} in flight, sending paused`);
  const ingest = await runBatchIngest(realPath, ingestBodies, options.batchesInFlight);
  if (ingest.ids.length === 0) throw new Error(`The API refused every batch; first answer: ${api.failures.first}`);
  measured.ingest = ingest.result;
  log(`   ${ingest.result.perSecond} events/s; per request p50 ${ingest.result.requestMs.p50} ms, p99 ${ingest.result.requestMs.p99} ms`);

  log(`2. routing: resume and time until all ${ingest.ids.length} events are routed`);
  const routing = await runRoutingThroughput(realPath, ingest.ids, ingestBodies.length - ingest.result.refused);
  measured.routing = routing;
  log(`   ${routing.perSecond} events/s; ${routing.notifications.perEvent} notifications and ${routing.decisions.perEvent} decisions per event`);

  const queueBefore = await queueState(pool);
  log(`3a. drain: ${options.drainN} direct notifications queued while paused, then resumed (${queueBefore.runLater} deferred jobs wait in the queue)`);
  const directBody = (index: number) => notificationRequestBody(index, directDrainEmail(index));
  const direct = await runQueuedDrain(realPath, options.drainN, options.concurrency, { body: directBody });
  const directPerSecond = directDrainPerSecond(direct);
  log(`   ${directPerSecond}/s from resume`);
  await setDoNotDisturb(pool, null);
  await createRules([DRAIN_RULE]);
  const drainBodies = (count: number, perRequest: number) => {
    const first = takeEvents(count);
    return Array.from({ length: Math.ceil(count / perRequest) }, (_, request) => {
      const events = Array.from({ length: Math.min(perRequest, count - request * perRequest) }, (_, offset) => drainEvent(first + request * perRequest + offset));
      return JSON.stringify(perRequest === 1 ? events[0] : { events });
    });
  };
  log(`3b. drain: ${options.drainN} events in batches of ${BATCH}, each routed to one user by email`);
  const routed = await runRoutedDrain(realPath, drainBodies(options.drainN, BATCH), options.batchesInFlight);
  if (routed.events === 0) throw new Error(`The API refused every drain batch; first answer: ${api.failures.first}`);
  log(`   ${routed.drain.perSecond}/s from resume (${Math.round((routed.drain.perSecond / directPerSecond) * 100)}% of direct)`);
  // The machine's speed drifts between phases by more than the 10% compared here (one pair of drains gave 81% and the next 104%, same code): a b a b, pooled.
  log(`3a'. drain: ${options.drainN} direct notifications again`);
  const directAgain = await runQueuedDrain(realPath, options.drainN, options.concurrency, { body: directBody });
  log(`   ${directDrainPerSecond(directAgain)}/s from resume`);
  log(`3b'. drain: ${options.drainN} events in batches of ${BATCH} again`);
  const routedAgain = await runRoutedDrain(realPath, drainBodies(options.drainN, BATCH), options.batchesInFlight);
  const again = { direct: directAgain, directPerSecond: directDrainPerSecond(directAgain), routed: routedAgain };
  const pooledShare = pooledDrainShare([{ direct, routed }, again]);
  log(`   ${routedAgain.drain.perSecond}/s from resume (${Math.round((routedAgain.drain.perSecond / again.directPerSecond) * 100)}% of direct); pooled ${Math.round(pooledShare * 100)}%`);
  log(`3c. drain: ${options.drainN} such events, one per request`);
  const oneEventPerRequest = await runRoutedDrain(realPath, drainBodies(options.drainN, 1), options.concurrency);
  log(`   ${oneEventPerRequest.drain.perSecond}/s from resume`);

  log(`4. latency: single events at ${options.latencyRate}/s for ${options.latencySeconds} s, worker running`);
  const latencyFirst = takeEvents(options.latencyRate * options.latencySeconds + 1);
  const latency = await runSingleEventLatency(realPath, options.latencyRate, options.latencySeconds, (index) => JSON.stringify(mixedEvent(latencyFirst + index, options.users)));
  log(`   202 p50 ${latency.responseMs.p50} ms, p95 ${latency.responseMs.p95} ms, p99 ${latency.responseMs.p99} ms`);
  if (sink.unkeyed() > 0) log(`warning: ${sink.unkeyed()} message(s) reached the sink without a notification id`);

  const partial = {
    benchmark: "events" as const,
    startedAt: startedAt.toISOString(),
    options,
    database: { kind: database.kind, settings: database.settings },
    webApp: `next start (build ${webBuild.buildId} of ${webBuild.builtAt.toISOString()}, private copy), real HTTP on loopback`,
    setup: { users, rules: BENCH_RULES.length },
    baselines,
    ingest: ingest.result,
    routing,
    drain: { queueBefore, direct, directPerSecond, routed, again, pooledShare, oneEventPerRequest },
    latency,
    postFailures: api.failures,
    serviceErrors: Object.fromEntries(services.map((service) => [service.name, service.errorLines()])),
  };
  const result: TEventsBenchResult = {
    ...partial,
    finishedAt: new Date().toISOString(),
    machine: { cores: os.availableParallelism(), node: process.version, loadAverageAtStart, loadAverageAtEnd: os.loadavg().map((value) => Math.round(value * 100) / 100) },
    checks: eventsTargetChecks(partial),
  };
  console.log(formatEventsReport(result));
  log(`results written to ${await writeResult(result)}`);
}

/** The email bench's baselines at this bench's drain size: nodemailer alone, graphile-worker alone. */
async function measureBaselines(databaseUrl: string, sink: TSmtpSink): Promise<TEventsBenchResult["baselines"]> {
  if (options.skipBaselines) {
    log("baselines skipped: targets use the issue's reference figures");
    return { source: "issue reference", nodemailer: [], graphileWorker: null, ...REFERENCE_BASELINES };
  }
  const nodemailer: TNodemailerBaseline[] = [];
  for (const maxConnections of [5, 10]) {
    log(`baseline: nodemailer pooled, ${maxConnections} connections, ${options.drainN} messages`);
    nodemailer.push(await runNodemailerBaseline({ sink, count: options.drainN, maxConnections }));
    log(`  ${nodemailer.at(-1)?.perSecond}/s`);
  }
  log(`baseline: graphile-worker no-op jobs, ${options.n} jobs, concurrency ${options.workerConcurrency}`);
  const graphileWorker = await runGraphileBaseline({ databaseUrl, count: options.n, concurrency: options.workerConcurrency, latencySeconds: Math.min(10, options.latencySeconds) });
  log(`  drain ${graphileWorker.drain.perSecond}/s`);
  return { source: "same run", nodemailer, graphileWorker, nodemailerPerSecond: Math.max(...nodemailer.map((run) => run.perSecond)), graphileWorkerPerSecond: graphileWorker.drain.perSecond };
}
