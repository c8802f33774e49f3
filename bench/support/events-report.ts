import type { TGraphileBaseline } from "../phases/graphile-baseline";
import type { TNodemailerBaseline } from "../phases/nodemailer-baseline";
import type { TQueuedDrain } from "../phases/real-path";
import type { TQueueState, TRoutedDrain } from "../phases/events-drain";
import type { TBatchIngest } from "../phases/events-ingest";
import type { TSingleEventLatency } from "../phases/events-latency";
import type { TRoutingThroughput } from "../phases/events-routing";
import type { TPostFailures } from "./api-client";
import type { TEventsBenchOptions } from "./events-options";
import type { TUserMix } from "./event-users";
import { cores, ms, table, type TCheck } from "./report";
import { perSecond } from "./stats";

export const TARGETS = { ingestPerSecond: 5_000, routedPerSecond: 2_000, drainShareOfDirect: 0.9 };

export type TEventsBenchResult = {
  benchmark: "events";
  startedAt: string;
  finishedAt: string;
  options: TEventsBenchOptions;
  machine: { cores: number; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  database: { kind: string; settings: Record<string, string> };
  webApp: string;
  setup: { users: TUserMix; rules: number };
  baselines: { source: "same run" | "issue reference"; nodemailer: TNodemailerBaseline[]; graphileWorker: TGraphileBaseline | null; nodemailerPerSecond: number; graphileWorkerPerSecond: number };
  ingest: TBatchIngest;
  routing: TRoutingThroughput;
  drain: {
    /** graphile-worker's queue when phase 3 starts. */
    queueBefore: TQueueState;
    direct: TQueuedDrain;
    /** N / (resume -> last accept), like the routed ones. */
    directPerSecond: number;
    routed: TRoutedDrain;
    /**
     * Both drains once more, in turn (a b a b): the machine's speed drifts
     * between phases by more than the 10% compared, so the target is the
     * pooled share of the two rounds.
     */
    again: { direct: TQueuedDrain; directPerSecond: number; routed: TRoutedDrain };
    /** (b + b') / (a + a'): messages over time from resume to the last accept, both rounds together. */
    pooledShare: number;
    /** The same events one per request: a routing job per event (not a target, for comparison). */
    oneEventPerRequest: TRoutedDrain;
  };
  latency: TSingleEventLatency;
  postFailures: TPostFailures;
  serviceErrors: Record<string, string[]>;
  checks: TCheck[];
};

export function directDrainPerSecond(direct: TQueuedDrain): number {
  return perSecond(direct.notifications, direct.drain.fromResumeMs);
}

/** Event-routed vs direct drain, the two rounds pooled: messages over time, resume to last accept. */
export function pooledDrainShare(rounds: { direct: TQueuedDrain; routed: TRoutedDrain }[]): number {
  const rate = (runs: { messages: number; ms: number }[]) => runs.reduce((sum, run) => sum + run.messages, 0) / runs.reduce((sum, run) => sum + run.ms, 0);
  const direct = rate(rounds.map(({ direct }) => ({ messages: direct.notifications, ms: direct.drain.fromResumeMs })));
  const routed = rate(rounds.map(({ routed }) => ({ messages: routed.notifications, ms: routed.drain.fromResumeMs })));
  return Math.round((routed / direct) * 1000) / 1000;
}

export function eventsTargetChecks(result: Pick<TEventsBenchResult, "ingest" | "routing" | "drain">): TCheck[] {
  const { ingest, routing, drain } = result;
  const share = drain.pooledShare;
  return [
    {
      name: `batch ingest (${ingest.eventsPerRequest} per request, ${ingest.inFlight} in flight)`,
      target: `>= ${TARGETS.ingestPerSecond}/s`,
      measured: `${ingest.perSecond}/s${ingest.refused ? `, ${ingest.refused} requests refused` : ""}`,
      pass: ingest.refused === 0 && ingest.perSecond >= TARGETS.ingestPerSecond,
    },
    {
      name: "routing (resume -> all ROUTED)",
      target: `>= ${TARGETS.routedPerSecond}/s`,
      measured: `${routing.perSecond}/s${routing.failed ? `, ${routing.failed} FAILED` : ""}`,
      pass: routing.failed === 0 && routing.perSecond >= TARGETS.routedPerSecond,
    },
    {
      name: "drain, event-routed vs direct (resume -> last accept, a b a b pooled)",
      target: `>= ${Math.round(TARGETS.drainShareOfDirect * 100)}% of direct`,
      measured: `${Math.round(share * 100)}% (rounds: ${drain.routed.drain.perSecond} of ${drain.directPerSecond}/s, ${drain.again.routed.drain.perSecond} of ${drain.again.directPerSecond}/s)`,
      pass: share >= TARGETS.drainShareOfDirect,
    },
  ];
}

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([key, value]) => `${key} ${value}`)
    .join(", ");

export function formatEventsReport(result: TEventsBenchResult): string {
  const { baselines, ingest, routing, drain, latency, options } = result;
  const { users } = result.setup;
  const baselineRows = [["what", "rate", "detail"]];
  for (const run of baselines.nodemailer) baselineRows.push([`nodemailer pooled, ${run.maxConnections} connections`, `${run.perSecond}/s`, `${run.messages} messages in ${run.elapsedMs} ms`]);
  const graphile = baselines.graphileWorker;
  if (graphile) baselineRows.push([`graphile-worker no-op drain, concurrency ${graphile.concurrency}`, `${graphile.drain.perSecond}/s`, `${graphile.drain.jobs} jobs in ${graphile.drain.elapsedMs} ms`]);
  if (!graphile && baselines.nodemailer.length === 0) baselineRows.push(["issue reference", "", `nodemailer ${baselines.nodemailerPerSecond}/s, graphile-worker ${baselines.graphileWorkerPerSecond}/s`]);
  const ceiling = Math.min(baselines.nodemailerPerSecond, baselines.graphileWorkerPerSecond);
  const drainRow = (label: string, run: TRoutedDrain) => [
    label,
    `${run.drain.perSecond}/s`,
    `${run.notifications} notifications of ${run.events} events (${run.eventsPerRequest} per request); all routed ${run.drain.routedMs} ms after resume, last accept ${run.drain.fromResumeMs} ms; ingest ${run.ingest.perSecond}/s`,
  ];
  const lines = [
    "",
    `== Events benchmark — ${options.n} events, drains of ${options.drainN}, ${options.workers} worker process${options.workers === 1 ? "" : "es"} × concurrency ${options.workerConcurrency}`,
    `   web app: ${result.webApp}; database: ${result.database.kind} (${Object.entries(result.database.settings).map(([k, v]) => `${k}=${v}`).join(", ")})`,
    `   machine: ${result.machine.cores} cores (os.availableParallelism), load average ${result.machine.loadAverageAtStart.join(" ")} at start, ${result.machine.loadAverageAtEnd.join(" ")} at end; Node ${result.machine.node}`,
    `   directory: ${users.users} users (${users.emailOff} email off, ${users.withSubscriptions} with subscriptions, ${users.withQuietHours} with quiet hours, ${users.defaults} on defaults), ${result.setup.rules} enabled rules`,
    "",
    `Baselines (${baselines.source}):`,
    table(baselineRows),
    "",
    "1. Batch ingest (sending paused, the API alone):",
    table([
      ["what", "rate", "detail"],
      [`${ingest.requests} requests of ${ingest.eventsPerRequest} events, ${ingest.inFlight} in flight`, `${ingest.perSecond}/s`, `${ingest.events} events in ${ingest.elapsedMs} ms; ${ingest.meanRequestKb} KB per request`],
      ["  per batch request", "", ms(ingest.requestMs)],
    ]),
    "",
    "2. Routing (all users in do-not-disturb, then resume):",
    table([
      ["what", "rate", "detail"],
      [`${routing.routed} events in ${routing.routeJobs} routing jobs`, `${routing.perSecond}/s`, `${routing.fromResumeMs} ms resume -> all routed${routing.failed ? `; ${routing.failed} FAILED: ${routing.firstFailure}` : ""}`],
      ["  from the first routing transaction", routing.perSecondFromFirstRouting === null ? "" : `${routing.perSecondFromFirstRouting}/s`, `${routing.fromFirstRoutingMs} ms`],
      ["  notifications per event", String(routing.notifications.perEvent), `${routing.notifications.total} (${counts(routing.notifications.byStatus)})`],
      ["  decisions per event", String(routing.decisions.perEvent), `${routing.decisions.total} (${counts(routing.decisions.byOutcome)})`],
      ["  users notified per event", `mean ${routing.usersReached.mean}`, `p50 ${routing.usersReached.p50}, p95 ${routing.usersReached.p95}, max ${routing.usersReached.max}`],
      ["  rules in an event's decisions", `mean ${routing.rulesInDecisions.mean}`, `p50 ${routing.rulesInDecisions.p50}, p95 ${routing.rulesInDecisions.p95}, max ${routing.rulesInDecisions.max}`],
      ["  sent meanwhile (critical only)", String(routing.sentMeanwhile), `worker RSS peak ${routing.workerRssPeakMb} MB`],
      ["  CPU ms per event", "", counts(routing.cpuMsPerEvent)],
    ]),
    ...(routing.slowestSql
      ? ["", "   slowest statements during routing (pg_stat_statements):", ...routing.slowestSql.map((s) => `   ${s.totalMs} ms total, ${s.calls} calls, ${s.meanMs} ms mean, ${s.rows} rows: ${s.query.slice(0, 200)}`)]
      : []),
    "",
    `3. Drain of ${options.drainN} from resume to the last SMTP accept (queue before: ${drain.queueBefore.jobs} jobs, ${drain.queueBefore.runLater} due later):`,
    table([
      ["what", "rate", "detail"],
      ["(a) direct POST /api/v1/notifications", `${drain.directPerSecond}/s`, `last accept ${drain.direct.drain.fromResumeMs} ms after resume; first -> last ${drain.direct.drain.perSecond}/s; ${Math.round((drain.directPerSecond / ceiling) * 100)}% of min(baselines) ${ceiling}/s`],
      drainRow("(b) event-routed, batches", drain.routed),
      ["    ratio (b) / (a)", `${Math.round((drain.routed.drain.perSecond / drain.directPerSecond) * 100)}%`, ""],
      ["(a') direct, again", `${drain.again.directPerSecond}/s`, `last accept ${drain.again.direct.drain.fromResumeMs} ms after resume`],
      drainRow("(b') event-routed, batches, again", drain.again.routed),
      ["    ratio (b') / (a')", `${Math.round((drain.again.routed.drain.perSecond / drain.again.directPerSecond) * 100)}%`, ""],
      ["    pooled (b + b') / (a + a')", `${Math.round(drain.pooledShare * 100)}%`, "the target: the two rounds together"],
      drainRow("(c) event-routed, one event per request", drain.oneEventPerRequest),
      ["    ratio (c) / (a)", `${Math.round((drain.oneEventPerRequest.drain.perSecond / drain.directPerSecond) * 100)}%`, "not a target: a routing job per event"],
    ]),
    "",
    `4. Single-event POST latency, open loop (worker running):`,
    table([
      ["rate", "202 response"],
      [`${latency.achievedRate}/s of ${latency.targetRate}/s for ${latency.seconds} s (max lag ${latency.maxScheduleLagMs} ms)`, `${ms(latency.responseMs)}${latency.refused ? `; ${latency.refused} refused` : ""}`],
    ]),
    "",
    `CPU (average cores busy; the machine has ${result.machine.cores}):`,
    table([
      ["1. ingest", cores(ingest.cpuCores)],
      ["2. routing", cores(routing.cpuCores)],
      ["3a. direct drain", cores(drain.direct.drain.cpuCores)],
      ["3b. routed drain", cores(drain.routed.drain.cpuCores)],
      ["3c. one-event drain", cores(drain.oneEventPerRequest.drain.cpuCores)],
      ["4. latency", cores(latency.cpuCores)],
    ]),
    "",
    `POSTs refused: ${result.postFailures.count}${result.postFailures.count ? ` ${JSON.stringify(result.postFailures.byStatus)}; first: ${result.postFailures.first}` : ""}`,
    ...Object.entries(result.serviceErrors)
      .filter(([, errors]) => errors.length > 0)
      .flatMap(([name, errors]) => ["", `Errors printed by the ${name}:`, ...errors.map((line) => `  ${line.slice(0, 300)}`)]),
    "",
    "Targets:",
    table([["", "check", "target", "measured"], ...result.checks.map((check) => [check.pass === null ? "N/A " : check.pass ? "PASS" : "MISS", check.name, check.target, check.measured])]),
    "",
  ];
  return lines.join("\n");
}
