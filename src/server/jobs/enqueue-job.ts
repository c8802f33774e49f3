import { Prisma } from "@/server/db/client";
import { TASKS, type TTaskName, type TTaskPayload } from "./tasks";

export type TEnqueueOptions = {
  /** graphile-worker priority: lower runs first. */
  priority?: number;
  runAt?: Date | null;
  maxAttempts?: number;
  /** Deduplicates: a second job with the same key replaces the first while it waits. */
  jobKey?: string;
  /** Workers skip jobs carrying a flag they are told to forbid (pause, open circuits). */
  flags?: string[];
  /**
   * With jobKey: a job already waiting under the key keeps its run time
   * (graphile-worker's preserve_run_at mode) — the first of many adds decides
   * when it runs, as a group's first event does.
   */
  preserveRunAt?: boolean;
};

/** One job for graphile-worker's `add_jobs`, its payload checked against the task's schema. */
export type TJobSpec = {
  identifier: string;
  payload: unknown;
  run_at: Date | null;
  max_attempts: number | null;
  job_key: string | null;
  priority: number | null;
  flags: string[] | null;
};

/** The one way a job is described: task name, payload that fits the task's zod schema, options. */
export function jobSpec<T extends TTaskName>(task: T, payload: TTaskPayload<T>, options: TEnqueueOptions = {}): TJobSpec {
  const { id, payload: schema } = TASKS[task];
  return {
    identifier: id,
    payload: schema.parse(payload),
    run_at: options.runAt ?? null,
    max_attempts: options.maxAttempts ?? null,
    job_key: options.jobKey ?? null,
    priority: options.priority ?? null,
    flags: options.flags ?? null,
  };
}

/**
 * SQL for graphile-worker's `job_spec[]` from specs sent as one JSON
 * parameter. `ref` tags each spec with the row it belongs to, so a statement
 * can queue jobs only for the rows it actually inserted
 * (`where ref in (select id from created)`).
 */
export function jobSpecArray(specs: (TJobSpec & { ref?: number | string })[], where: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`array(
    select (s.identifier, s.payload, null, s.run_at, s.max_attempts, s.job_key, s.priority, s.flags)::graphile_worker.job_spec
      from jsonb_to_recordset(${JSON.stringify(specs)}::jsonb)
        as s(identifier text, payload json, run_at timestamptz, max_attempts int, job_key text, priority int, flags text[], ref text)
      ${where})`;
}

type TSqlExecutor = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * Adds jobs with graphile-worker's own `add_jobs` through the caller's
 * connection, so jobs enqueued inside a transaction exist exactly when the
 * rows they refer to do.
 */
export async function enqueueJobs(sql: TSqlExecutor, specs: TJobSpec[], options: { preserveRunAt?: boolean } = {}): Promise<void> {
  if (specs.length === 0) return;
  await sql.$executeRaw`select count(*) from graphile_worker.add_jobs(${jobSpecArray(specs)}, ${options.preserveRunAt ?? false})`;
}

export function enqueueJob<T extends TTaskName>(sql: TSqlExecutor, task: T, payload: TTaskPayload<T>, options: TEnqueueOptions = {}): Promise<void> {
  return enqueueJobs(sql, [jobSpec(task, payload, options)], { preserveRunAt: options.preserveRunAt });
}
