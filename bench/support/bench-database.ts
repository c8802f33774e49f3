import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { migrateDatabase } from "@/server/db/migrate";
import { startEmbeddedPostgres } from "@/server/dev/embedded-postgres";
import { freePort } from "../../tests/support/free-port";

export type TBenchDatabase = {
  /** The fresh, migrated database the whole run uses. */
  url: string;
  kind: "embedded" | "BENCH_DATABASE_URL";
  /** PostgreSQL's main process when the bench started the server, for CPU accounting. */
  postmasterPid?: number;
  settings: Record<string, string>;
  /** Drops the database and stops the server the bench started. */
  close: () => Promise<void>;
};

/**
 * A fresh database on BENCH_DATABASE_URL's server, or on an embedded
 * PostgreSQL in a temporary folder that is removed afterwards.
 */
export async function openBenchDatabase(serverUrl: string | undefined): Promise<TBenchDatabase> {
  let adminUrl = serverUrl;
  let stopServer = async () => {};
  let postmasterPid: number | undefined;
  if (!adminUrl) {
    const folder = await mkdtemp(path.join(os.tmpdir(), "notify-bench-pg-"));
    const dataDir = path.join(folder, "pg");
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    adminUrl = server.adminUrl;
    postmasterPid = Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
    stopServer = async () => {
      await server.stop();
      await rm(folder, { recursive: true, force: true });
    };
  }
  const name = `notify_bench_${randomBytes(4).toString("hex")}`;
  const url = withDatabase(adminUrl, name);
  try {
    await adminQuery(adminUrl, `create database "${name}"`);
    await migrateDatabase(url);
  } catch (error) {
    await adminQuery(adminUrl, `drop database if exists "${name}" with (force)`).catch(() => undefined);
    await stopServer();
    throw error;
  }
  const settings = await readSettings(url);
  return {
    url,
    kind: serverUrl ? "BENCH_DATABASE_URL" : "embedded",
    postmasterPid,
    settings,
    close: async () => {
      await adminQuery(adminUrl, `drop database if exists "${name}" with (force)`).catch((error) => console.error("could not drop the bench database:", error));
      await stopServer();
    },
  };
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The settings that move these figures most, printed beside them. */
async function readSettings(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; setting: string; unit: string | null }>(
      `select name, setting, unit from pg_settings where name in ('server_version', 'fsync', 'synchronous_commit', 'shared_buffers', 'max_connections', 'autovacuum')`,
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.unit ? `${row.setting} (${row.unit})` : row.setting]));
  } finally {
    await client.end();
  }
}
