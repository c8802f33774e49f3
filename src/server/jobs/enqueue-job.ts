import { Prisma } from "@/server/db/client";
import { TASKS, type TTaskName, type TTaskPayload } from "./tasks";

export type TEnqueueOptions = {
  /** graphile-worker priority: lower runs first. */
  priority?: number;
  runAt?: Date;
  maxAttempts?: number;
  /** Deduplicates: a second job with the same key replaces the first while it waits. */
  jobKey?: string;
  /** Workers skip jobs carrying a flag they are told to forbid (pause, open circuits). */
  flags?: string[];
};

type TSqlExecutor = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * Adds a job with graphile-worker's own `add_job` through the caller's
 * connection, so a job enqueued inside a transaction exists exactly when the
 * rows it refers to do.
 */
export async function enqueueJob<T extends TTaskName>(
  sql: TSqlExecutor,
  task: T,
  payload: TTaskPayload<T>,
  options: TEnqueueOptions = {},
): Promise<void> {
  const json = JSON.stringify(TASKS[task].payload.parse(payload));
  await sql.$executeRaw`select ${addJobCall(task, Prisma.sql`${json}::json`, options)}`;
}

/**
 * The `add_job` call as an SQL expression, for statements that create the
 * rows a job refers to and the job at once: `payload` and `jobKey` may be SQL
 * over those rows (e.g. their new id), the rest are values.
 */
export function addJobCall(task: TTaskName, payload: Prisma.Sql, options: Omit<TEnqueueOptions, "jobKey"> & { jobKey?: string | Prisma.Sql } = {}): Prisma.Sql {
  const jobKey = options.jobKey instanceof Prisma.Sql ? options.jobKey : Prisma.sql`${options.jobKey ?? null}::text`;
  return Prisma.sql`graphile_worker.add_job(
    ${TASKS[task].id}::text,
    payload => ${payload},
    run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? null}::int,
    job_key => ${jobKey},
    priority => ${options.priority ?? null}::int,
    flags => ${options.flags ?? null}::text[]
  )`;
}
