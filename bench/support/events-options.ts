import { parseBenchArgs, positiveInt, type TBenchOptions } from "./bench-options";

export type TEventsBenchOptions = TBenchOptions & {
  /** Notifications / events of each phase-3 drain. */
  drainN: number;
  /** Batch requests of 1,000 events in flight in phase 1. */
  batchesInFlight: number;
  users: number;
  /** Single-event POSTs per second in phase 4 (for --latency-seconds). */
  latencyRate: number;
  /** The worker's --max-old-space-size; 192 as `npm run worker` sets it. */
  workerHeapMb: number;
};

// The highest user a rule of event-rules.ts names.
const MIN_USERS = 140;

const HELP = `Usage: npm run bench:events -- [options]

  --n <count>                 events ingested (phase 1) and routed (phase 2), default 20000   (env BENCH_N)
  --drain-n <count>           notifications / events of each phase-3 drain, default n/4       (env BENCH_DRAIN_N)
  --batches-in-flight <n>     batch requests of 1,000 events in flight in phase 1, default 3  (env BENCH_BATCHES_IN_FLIGHT)
  --users <count>             users with preferences, default 1000                            (env BENCH_USERS)
  --latency-rate <per s>      single-event POSTs per second in phase 4, default 100          (env BENCH_LATENCY_RATE)
  --latency-seconds <s>       length of phase 4, default 10                                   (env BENCH_LATENCY_SECONDS)
  --concurrency <count>       single POSTs in flight in phase 3 (direct and one-event), default 32 (env BENCH_CONCURRENCY)
  --worker-concurrency <n>    worker jobs at once, default 20                                 (env BENCH_WORKER_CONCURRENCY)
  --workers <n>               worker processes, default 1                                     (env BENCH_WORKERS)
  --worker-heap-mb <MB>       the worker's --max-old-space-size, default 192 as \`npm run worker\` (env BENCH_WORKER_HEAP_MB)
  --skip-baselines            compare against the issue's reference figures instead of measuring them
  --build                     run \`next build\` before starting the web app
  --profile                   write CPU profiles of the web app and worker to bench/results/profiles-<time>/
  --help

Database: BENCH_DATABASE_URL (a server where the bench may create and drop a database),
otherwise an embedded PostgreSQL in a temporary folder. With pg_stat_statements loaded
on that server, phase 2 also prints its slowest statements.`;

export function parseEventsBenchOptions(argv: string[], environment: NodeJS.ProcessEnv): TEventsBenchOptions {
  const { options, extra } = parseBenchArgs(argv, environment, {
    help: HELP,
    defaults: { latencySeconds: 10 },
    extraOptions: { "drain-n": { type: "string" }, "batches-in-flight": { type: "string" }, users: { type: "string" }, "latency-rate": { type: "string" }, "worker-heap-mb": { type: "string" } },
  });
  const text = (name: string, variable: string) => (extra[name] as string | undefined) ?? environment[variable];
  const users = positiveInt("--users", text("users", "BENCH_USERS") ?? "1000");
  if (users < MIN_USERS) throw new Error(`--users must be at least ${MIN_USERS}: the rules name users up to user0${MIN_USERS}`);
  return {
    ...options,
    drainN: positiveInt("--drain-n", text("drain-n", "BENCH_DRAIN_N") ?? String(Math.max(1, Math.round(options.n / 4)))),
    batchesInFlight: positiveInt("--batches-in-flight", text("batches-in-flight", "BENCH_BATCHES_IN_FLIGHT") ?? "3"),
    users,
    latencyRate: positiveInt("--latency-rate", text("latency-rate", "BENCH_LATENCY_RATE") ?? "100"),
    workerHeapMb: positiveInt("--worker-heap-mb", text("worker-heap-mb", "BENCH_WORKER_HEAP_MB") ?? "192"),
  };
}
