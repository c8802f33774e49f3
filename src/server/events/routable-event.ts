import type { TEventSeverity } from "./event-severity";

/** What an executor reports about a job run (every field optional). */
export type TEventJob = {
  name?: string;
  run_id?: string;
  status?: string;
  started_at?: string;
  finished_at?: string;
  duration_ms?: number;
  exit_code?: number;
  host?: string;
  step?: string;
  error?: string;
  log_excerpt?: string;
  url?: string;
};

/**
 * An event as routing sees it: validated, defaults applied, title derived.
 * Rules match against these fields; notifications are built from them.
 */
export type TRoutableEvent = {
  type: string;
  severity: TEventSeverity;
  source: string | null;
  title: string;
  message: string | null;
  job: TEventJob | null;
  labels: Record<string, string>;
  data: Record<string, unknown>;
  occurredAt: Date;
};
