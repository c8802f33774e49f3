/** The job facts of an event as stored (JSON, as the reporter sent them after validation). */
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

const TEXT_KEYS = ["name", "run_id", "status", "started_at", "finished_at", "host", "step", "error", "log_excerpt", "url"] as const;
const NUMBER_KEYS = ["duration_ms", "exit_code"] as const;

/** Reads the `job` JSON defensively: the column is untyped, and a field of the wrong type is left out rather than shown wrongly. */
export function readEventJob(job: unknown): TEventJob | null {
  if (!job || typeof job !== "object" || Array.isArray(job)) return null;
  const record = job as Record<string, unknown>;
  const facts: TEventJob = {};
  for (const key of TEXT_KEYS) {
    const value = record[key];
    if (typeof value === "string" && value !== "") facts[key] = value;
    else if (key === "run_id" && typeof value === "number") facts.run_id = String(value);
  }
  for (const key of NUMBER_KEYS) {
    const value = record[key];
    if (typeof value === "number" && Number.isFinite(value)) facts[key] = value;
  }
  if (facts.url && !/^https?:\/\//i.test(facts.url)) delete facts.url;
  return Object.keys(facts).length > 0 ? facts : null;
}
