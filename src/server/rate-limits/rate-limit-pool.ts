import pg from "pg";
import { env } from "@/env";

/** The table of prisma/schema.prisma's RateLimit model (migration 20261201130000_rate_limits). */
export const RATE_LIMIT_TABLE = "rate_limits";

// A small pool of its own rather than Prisma's: a burst of sign-in attempts or
// API calls must not queue behind (or starve) the pool that delivery uses.
// synchronous_commit=off because a counter lost in a crash costs at most a few
// extra requests, while a WAL flush per request quadrupled the limiter's cost.
// The short timeouts hand a stuck database to the in-memory insurance limiter
// (see shared-limiter.ts) instead of holding the request.
function createPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: 4,
    connectionTimeoutMillis: 2_000,
    idleTimeoutMillis: 30_000,
    allowExitOnIdle: true,
    options: "-c synchronous_commit=off -c statement_timeout=2000",
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  // 57P01 (terminated by an administrator: a restart, DROP DATABASE ... WITH (FORCE)) is expected.
  pool.on("error", (error: Error & { code?: string }) => {
    if (error.code !== "57P01") console.error("[rate-limits] idle database connection failed:", error.message);
  });
  return pool;
}

// On globalThis for the same reason as the Prisma client: Next's dev server reloads modules.
const globalForPool = globalThis as unknown as { notifyRateLimitPool?: pg.Pool };

export function rateLimitPool(): pg.Pool {
  globalForPool.notifyRateLimitPool ??= createPool(env().DATABASE_URL);
  return globalForPool.notifyRateLimitPool;
}

export async function closeRateLimitPool(): Promise<void> {
  const pool = globalForPool.notifyRateLimitPool;
  globalForPool.notifyRateLimitPool = undefined;
  await pool?.end();
}
