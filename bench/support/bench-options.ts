import { parseArgs, type ParseArgsConfig } from "node:util";

export type TBenchOptions = {
  /** Notifications per real-path run, and messages/jobs per baseline. */
  n: number;
  /** POSTs in flight while the API is pushed as fast as it accepts. */
  concurrency: number;
  workerConcurrency: number;
  /** Worker processes, as an operator scales out by running `npm run worker` more than once. */
  workers: number;
  skipBaselines: boolean;
  /** Seconds of open-loop traffic at each latency rate. */
  latencySeconds: number;
  /** Run `next build` first (otherwise an existing .next build is used). */
  build: boolean;
  /** Write V8 CPU profiles of the web app and the worker (for finding where time goes). */
  profile: boolean;
};

const HELP = `Usage: npm run bench:email -- [options]

  --n <count>                 notifications (and baseline messages/jobs), default 20000   (env BENCH_N)
  --concurrency <count>       POSTs in flight during the throughput runs, default 32      (env BENCH_CONCURRENCY)
  --worker-concurrency <n>    worker jobs at once, default 20                             (env BENCH_WORKER_CONCURRENCY)
  --workers <n>               worker processes, default 1                                 (env BENCH_WORKERS)
  --latency-seconds <s>       open-loop duration of each latency run, default 15          (env BENCH_LATENCY_SECONDS)
  --skip-baselines            compare against the issue's reference figures instead of measuring them
  --build                     run \`next build\` before starting the web app
  --profile                   write CPU profiles of the web app and worker to bench/results/profiles-<time>/
  --help

Database: BENCH_DATABASE_URL (a server where the bench may create and drop a database),
otherwise an embedded PostgreSQL in a temporary folder.`;

/** What a benchmark changes of the shared options: its help text, its defaults and options of its own. */
export type TBenchVariant = {
  help: string;
  defaults?: Partial<Pick<TBenchOptions, "n" | "concurrency" | "latencySeconds">>;
  /** Options only this benchmark knows; their values come back as `extra`. */
  extraOptions?: NonNullable<ParseArgsConfig["options"]>;
};

export function parseBenchOptions(argv: string[], environment: NodeJS.ProcessEnv): TBenchOptions {
  return parseBenchArgs(argv, environment, { help: HELP }).options;
}

/**
 * The shared options (so `npm run bench -- <flags>` suits every benchmark)
 * plus a benchmark's own, with its help text and defaults.
 */
export function parseBenchArgs(argv: string[], environment: NodeJS.ProcessEnv, variant: TBenchVariant): { options: TBenchOptions; extra: Record<string, string | boolean | undefined> } {
  const { values } = parseArgs({
    args: argv,
    options: {
      n: { type: "string" },
      concurrency: { type: "string" },
      "worker-concurrency": { type: "string" },
      workers: { type: "string" },
      "latency-seconds": { type: "string" },
      "skip-baselines": { type: "boolean" },
      build: { type: "boolean" },
      profile: { type: "boolean" },
      help: { type: "boolean" },
      ...variant.extraOptions,
    },
    strict: true,
  });
  if (values.help) {
    console.log(variant.help);
    process.exit(0);
  }
  const defaults = { n: 20000, concurrency: 32, latencySeconds: 15, ...variant.defaults };
  const options: TBenchOptions = {
    n: positiveInt("--n", values.n ?? environment.BENCH_N ?? String(defaults.n)),
    concurrency: positiveInt("--concurrency", values.concurrency ?? environment.BENCH_CONCURRENCY ?? String(defaults.concurrency)),
    workerConcurrency: positiveInt("--worker-concurrency", values["worker-concurrency"] ?? environment.BENCH_WORKER_CONCURRENCY ?? "20"),
    workers: positiveInt("--workers", values.workers ?? environment.BENCH_WORKERS ?? "1"),
    latencySeconds: positiveInt("--latency-seconds", values["latency-seconds"] ?? environment.BENCH_LATENCY_SECONDS ?? String(defaults.latencySeconds)),
    skipBaselines: values["skip-baselines"] ?? environment.BENCH_SKIP_BASELINES === "1",
    build: values.build ?? false,
    profile: values.profile ?? false,
  };
  const given: Record<string, unknown> = values;
  const extra = Object.fromEntries(Object.keys(variant.extraOptions ?? {}).map((name) => [name, given[name] as string | boolean | undefined]));
  return { options, extra };
}

export function positiveInt(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${text}"`);
  return value;
}
