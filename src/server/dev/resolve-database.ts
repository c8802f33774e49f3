import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { EMBEDDED_POSTGRES_PORT, LOCAL_STATE_DIR, rootFallbackDataDir } from "./local-state";

/** `dataDir`: where the embedded cluster keeps its files, when this process started it. */
export type TResolvedDatabase = { url: string; embedded: boolean; dataDir?: string; stop: () => Promise<void> };

const EMBEDDED_URL = `postgres://notify:notify-embedded@127.0.0.1:${EMBEDDED_POSTGRES_PORT}/notify`;

/**
 * DATABASE_URL when given; otherwise the embedded PostgreSQL in `.data/`,
 * reused when another process (e.g. a running `npm run dev`) already started it.
 */
export async function resolveDatabase(databaseUrl: string | undefined, log: (line: string) => void = () => {}): Promise<TResolvedDatabase> {
  if (databaseUrl) return { url: databaseUrl, embedded: false, stop: async () => {} };
  if (await isReachable(EMBEDDED_URL)) return { url: EMBEDDED_URL, embedded: true, stop: async () => {} };
  const server = await startEmbeddedPostgres({
    dataDir: path.join(LOCAL_STATE_DIR, "postgres"),
    fallbackDataDir: rootFallbackDataDir(),
    port: EMBEDDED_POSTGRES_PORT,
    log,
  });
  return { url: server.url, embedded: true, dataDir: server.dataDir, stop: server.stop };
}

async function isReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
