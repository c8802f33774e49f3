import type { Prisma } from "@/server/db/client";
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
  const { id, payload: schema } = TASKS[task];
  const json = JSON.stringify(schema.parse(payload));
  await sql.$executeRaw`select graphile_worker.add_job(
    ${id}::text,
    payload => ${json}::json,
    run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? null}::int,
    job_key => ${options.jobKey ?? null}::text,
    priority => ${options.priority ?? null}::int,
    flags => ${options.flags ?? null}::text[]
  )`;
}
