import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TGraphileBaseline } from "../phases/graphile-baseline";
import type { TNodemailerBaseline } from "../phases/nodemailer-baseline";
import type { TLatencyRun, TLiveThroughput, TQueuedDrain } from "../phases/real-path";
import type { TPostFailures } from "./api-client";
import type { TBenchOptions } from "./bench-options";
import type { TCpuUse } from "./cpu-meter";
import type { TLatencySummary } from "./stats";

/** The issue's figures, measured on this kind of machine; used only with --skip-baselines. */
export const REFERENCE_BASELINES = { nodemailerPerSecond: 1070, graphileWorkerPerSecond: 2300 };

export type TEmailBenchResult = {
  benchmark: "email";
  startedAt: string;
  finishedAt: string;
  options: TBenchOptions;
  machine: { cpus: number; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  database: { kind: string; settings: Record<string, string> };
  webApp: string;
  message: { htmlBytes: number; textBytes: number; renderMsPerMessage: number };
  baselines: { source: "same run" | "issue reference"; nodemailer: TNodemailerBaseline[]; graphileWorker: TGraphileBaseline | null; nodemailerPerSecond: number; graphileWorkerPerSecond: number };
  realPath: { live: TLiveThroughput; queued: TQueuedDrain; latency: TLatencyRun[]; postFailures: TPostFailures };
  /** Error lines the web app and worker printed during the run. */
  serviceErrors: Record<string, string[]>;
  checks: TCheck[];
};

export type TCheck = { name: string; target: string; measured: string; pass: boolean | null };

const QUEUED_FOR_MEMORY_TARGET = 20_000;

export function targetChecks(result: Omit<TEmailBenchResult, "checks" | "finishedAt" | "machine"> & { machine?: unknown }): TCheck[] {
  const { baselines, realPath, options } = result;
  const ceiling = Math.min(baselines.nodemailerPerSecond, baselines.graphileWorkerPerSecond);
  const needed = Math.round(ceiling * 0.6);
  const checks: TCheck[] = [
    {
      name: "throughput (first POST -> last SMTP accept)",
      target: `>= 60% of min(nodemailer ${baselines.nodemailerPerSecond}, graphile-worker ${baselines.graphileWorkerPerSecond}) = ${needed}/s (${baselines.source})`,
      measured: `${realPath.live.perSecond}/s (${Math.round((realPath.live.perSecond / ceiling) * 100)}%)${realPath.live.refused ? `, ${realPath.live.refused} POSTs refused` : ""}`,
      pass: realPath.live.perSecond >= needed,
    },
  ];
  const [low, high] = realPath.latency;
  if (low) {
    checks.push(
      { name: `latency p50 at 10% (${low.achievedRate}/s)`, target: "<= 20 ms", measured: `${low.enqueueToAcceptedMs.p50} ms`, pass: low.enqueueToAcceptedMs.p50 <= 20 },
      { name: `latency p99 at 10% (${low.achievedRate}/s)`, target: "<= 100 ms", measured: `${low.enqueueToAcceptedMs.p99} ms`, pass: low.enqueueToAcceptedMs.p99 <= 100 },
    );
  }
  if (high) checks.push({ name: `latency p99 at 50% (${high.achievedRate}/s)`, target: "<= 500 ms", measured: `${high.enqueueToAcceptedMs.p99} ms`, pass: high.enqueueToAcceptedMs.p99 <= 500 });
  const rss = Math.max(realPath.queued.queued.workerRssMb ?? 0, realPath.queued.drain.workerRssPeakMb ?? 0);
  const enough = options.n >= QUEUED_FOR_MEMORY_TARGET;
  checks.push({
    name: `worker memory with ${realPath.queued.queued.jobsInQueue} queued`,
    target: `< 300 MB with ${QUEUED_FOR_MEMORY_TARGET} queued`,
    measured: `${rss} MB peak (queued ${realPath.queued.queued.workerRssMb} MB, draining ${realPath.queued.drain.workerRssPeakMb} MB)${enough ? "" : ` — n/a below --n ${QUEUED_FOR_MEMORY_TARGET}`}`,
    pass: enough ? rss < 300 : null,
  });
  return checks;
}

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows.map((row) => "  " + row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd()).join("\n");
}

export const ms = (summary: TLatencySummary) => `p50 ${summary.p50}  p95 ${summary.p95}  p99 ${summary.p99}  max ${summary.max} ms`;
export const cores = (use: TCpuUse) =>
  Object.entries(use)
    .map(([name, value]) => `${name} ${value.toFixed(2)}`)
    .join(", ");

export function formatReport(result: TEmailBenchResult): string {
  const { baselines, realPath } = result;
  const lines: string[] = [];
  lines.push(
    "",
    `== Email benchmark — ${result.options.n} notifications, ${result.options.concurrency} POSTs in flight, ${result.options.workers} worker process${result.options.workers === 1 ? "" : "es"} × concurrency ${result.options.workerConcurrency}`,
    `   web app: ${result.webApp}; database: ${result.database.kind} (${Object.entries(result.database.settings).map(([k, v]) => `${k}=${v}`).join(", ")})`,
    `   machine: ${result.machine.cpus} cores, load average ${result.machine.loadAverageAtStart.join(" ")} at start, ${result.machine.loadAverageAtEnd.join(" ")} at end; Node ${result.machine.node}`,
    `   message: ${result.message.htmlBytes} B HTML + ${result.message.textBytes} B text; template render ${result.message.renderMsPerMessage} ms each in a production-mode process (one worker process renders at most ~${Math.round(1000 / result.message.renderMsPerMessage)}/s)`,
    "",
    `Baselines (${baselines.source}):`,
  );
  const baselineRows = [["what", "rate", "detail"]];
  for (const run of baselines.nodemailer) baselineRows.push([`nodemailer pooled, ${run.maxConnections} connections`, `${run.perSecond}/s`, `${run.messages} messages in ${run.elapsedMs} ms`]);
  const graphile = baselines.graphileWorker;
  if (graphile) {
    baselineRows.push([`graphile-worker no-op drain, concurrency ${graphile.concurrency}`, `${graphile.drain.perSecond}/s`, `${graphile.drain.jobs} jobs in ${graphile.drain.elapsedMs} ms`]);
    baselineRows.push([`graphile-worker add -> start at ${graphile.latency.achievedRate}/s`, "", ms(graphile.latency)]);
  }
  if (!graphile && baselines.nodemailer.length === 0) baselineRows.push(["issue reference", "", `nodemailer ${baselines.nodemailerPerSecond}/s, graphile-worker ${baselines.graphileWorkerPerSecond}/s`]);
  lines.push(table(baselineRows), "", "Real path (HTTP API -> queue -> worker process -> SMTP sink):");

  const { live, queued } = realPath;
  lines.push(
    table([
      ["what", "rate", "detail"],
      ["end to end, sending while enqueueing", `${live.perSecond}/s`, `${live.notifications} in ${live.elapsedMs} ms; enqueue -> accepted ${ms(live.enqueueToAcceptedMs)}`],
      ["  API alone in that run", `${live.api.perSecond}/s`, `POST response ${ms(live.api.responseMs)}`],
      ["enqueue with sending paused", `${queued.enqueue.perSecond}/s`, `${queued.notifications} in ${queued.enqueue.elapsedMs} ms; POST response ${ms(queued.enqueue.responseMs)}`],
      ["drain of the queued backlog", `${queued.drain.perSecond}/s`, `${queued.drain.elapsedMs} ms first -> last accept (${queued.drain.fromResumeMs} ms from resume)`],
      [result.options.workers === 1 ? "worker RSS" : "worker1 RSS", "", `${queued.queued.workerRssMb} MB with ${queued.queued.jobsInQueue} queued, ${queued.drain.workerRssPeakMb} MB peak draining, ${live.workerRssMb.peak} MB peak in the live run`],
      ["POSTs refused", String(realPath.postFailures.count), realPath.postFailures.count ? `${JSON.stringify(realPath.postFailures.byStatus)}; first: ${realPath.postFailures.first}` : "none"],
    ]),
    "",
    "CPU (average cores busy; the machine has " + result.machine.cpus + "):",
    table([
      ["end to end", cores(live.cpuCores)],
      ["enqueue (paused)", cores(queued.enqueue.cpuCores)],
      ["drain", cores(queued.drain.cpuCores)],
      ...realPath.latency.map((run) => [`latency ${run.label}`, cores(run.cpuCores)]),
    ]),
    "",
    "Latency, enqueue (POST accepted) -> SMTP accepted, open-loop:",
    table([
      ["load", "rate", "enqueue -> accepted", "POST response", "pickup (-> attempt row)", "render + send"],
      ...realPath.latency.map((run) => [
        run.label,
        `${run.achievedRate}/s of ${run.targetRate}/s for ${run.seconds} s`,
        ms(run.enqueueToAcceptedMs),
        `p50 ${run.apiResponseMs.p50} p99 ${run.apiResponseMs.p99} ms`,
        `p50 ${run.stages.pickupMs.p50} p99 ${run.stages.pickupMs.p99} ms`,
        `p50 ${run.stages.renderAndSendMs.p50} p99 ${run.stages.renderAndSendMs.p99} ms`,
      ]),
    ]),
    ...Object.entries(result.serviceErrors)
      .filter(([, lines]) => lines.length > 0)
      .flatMap(([name, lines]) => ["", `Errors printed by the ${name}:`, ...lines.map((line) => `  ${line.slice(0, 300)}`)]),
    "",
    "Targets:",
    table([["", "check", "target", "measured"], ...result.checks.map((check) => [check.pass === null ? "N/A " : check.pass ? "PASS" : "MISS", check.name, check.target, check.measured])]),
    "",
  );
  return lines.join("\n");
}

/** bench/results/<benchmark>-<start time>.json */
export async function writeResult(result: { benchmark: string; startedAt: string }): Promise<string> {
  const folder = path.resolve("bench/results");
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, `${result.benchmark}-${result.startedAt.replace(/[:.]/g, "-")}.json`);
  await writeFile(file, JSON.stringify(result, null, 2) + "\n");
  return path.relative(process.cwd(), file);
}
