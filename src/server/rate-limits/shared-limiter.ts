import { RateLimiterMemory, RateLimiterPostgres } from "rate-limiter-flexible";
import { RATE_LIMIT_TABLE, rateLimitPool } from "./rate-limit-pool";

export type TSharedLimiterOptions = {
  /** Names the limit in the table's keys, e.g. "sign_in_account". Unique per limit. */
  name: string;
  points: number;
  durationSeconds: number;
};

/**
 * A fixed-window counter in PostgreSQL, shared by every process.
 *
 * When the store fails (database down or slow), each process falls back to an
 * in-memory limiter with the same limits (`insuranceLimiter`): limits then hold
 * per process rather than across them. Neither fully open (no limit while the
 * database is away is exactly when an attacker would push) nor closed (a
 * database blip must not lock every user out of sign-in).
 */
export function sharedLimiter({ name, points, durationSeconds }: TSharedLimiterOptions): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: rateLimitPool(),
    storeType: "pool",
    tableName: RATE_LIMIT_TABLE,
    // The table comes from a Prisma migration, so the limiter must not create its own.
    tableCreated: true,
    keyPrefix: name,
    points,
    duration: durationSeconds,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds }),
  });
}
