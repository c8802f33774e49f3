import { AppError } from "@/server/errors/app-error";

/**
 * A refusal by one of the rate limits: 429, with the wait REST answers as
 * `Retry-After` and the limit's name for clients that branch on it.
 */
export class RateLimitError extends AppError {
  readonly limit: string;
  readonly retryAfterSeconds: number;

  constructor(options: { limit: string; message: string; retryAfterMs: number }) {
    super("TOO_MANY_REQUESTS", options.message);
    this.name = "RateLimitError";
    this.limit = options.limit;
    this.retryAfterSeconds = Math.max(1, Math.ceil(options.retryAfterMs / 1000));
  }
}

/** "40 seconds", "1 minute", "12 minutes": the wait as people read it, rounded up. */
export function describeWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
