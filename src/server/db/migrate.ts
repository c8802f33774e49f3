import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Logger, runMigrations } from "graphile-worker";
import pg from "pg";
import { type MigrationList, type TSchemaFile, withSchemaEngine } from "./schema-engine";

// The CLI, the tests and the launcher all run from the project root.
const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const LOCKFILE = "migration_lock.toml";
const MIGRATION_FILE = "migration.sql";
const NO_FILTERS = { externalTables: [], externalEnums: [] };

type TLog = (line: string) => void;

/**
 * Applies pending `prisma/migrations` exactly as `prisma migrate deploy` does
 * (same `_prisma_migrations` rows), then installs graphile-worker's schema:
 * the API enqueues jobs before any worker has started.
 */
export async function migrateDatabase(
  databaseUrl: string,
  options: { log?: TLog } = {},
): Promise<{ applied: string[] }> {
  const { log } = options;
  const [schema, migrationsList] = await Promise.all([readSchema(), readMigrationsList()]);
  return withMigrationLock(databaseUrl, async () => {
    const { appliedMigrationNames } = await withSchemaEngine(
      { databaseUrl, schema, log: log && engineLogTo(log) },
      (engine) => engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
    );
    await runMigrations({ connectionString: databaseUrl, logger: log && graphileLoggerTo(log) });
    return { applied: appliedMigrationNames };
  });
}

/**
 * The SQL that would bring the migrations in line with the Prisma schema, or
 * "" when they agree. The engine replays the migrations in a temporary shadow
 * database on the server of `databaseUrl`, so its user needs CREATEDB.
 * `schema` replaces prisma/schema.prisma (tests use it).
 */
export async function diffMigrationsToSchema(
  databaseUrl: string,
  options: { schema?: TSchemaFile } = {},
): Promise<string> {
  const [schema, migrationsList] = await Promise.all([options.schema ?? readSchema(), readMigrationsList()]);
  const { exitCode, stdout } = await withSchemaEngine({ databaseUrl, schema }, (engine) =>
    engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      // Makes the engine report a non-empty diff as 2; an empty one still
      // prints "-- This is an empty migration."
      exitCode: true,
      filters: NO_FILTERS,
    }),
  );
  return exitCode === 2 ? (stdout ?? "") : "";
}

async function readSchema(): Promise<TSchemaFile> {
  return { path: SCHEMA_PATH, content: await readFile(SCHEMA_PATH, "utf8") };
}

/** The same list the Prisma CLI hands its engine. */
async function readMigrationsList(): Promise<MigrationList> {
  const lockContent = await readFile(path.join(MIGRATIONS_DIR, LOCKFILE), "utf8").catch(() => null);
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const directories = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const migrationDirectories = await Promise.all(
    directories.sort((a, b) => a.localeCompare(b)).map(async (name) => ({
      path: name,
      migrationFile: {
        path: MIGRATION_FILE,
        content: await readFile(path.join(MIGRATIONS_DIR, name, MIGRATION_FILE), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        ),
      },
    })),
  );
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: LOCKFILE, content: lockContent },
    migrationDirectories,
    shadowDbInitScript: "",
  };
}

/**
 * The engine takes an advisory lock of its own, but gives up waiting for it
 * after a timeout and does not cover graphile-worker's install; web, worker
 * and tests may all start at once, so the whole sequence waits its turn.
 */
async function withMigrationLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext('opsconductor-notify:migrate'))");
    return await work();
  } finally {
    await client.end();
  }
}

function engineLogTo(log: TLog): TLog {
  return (line) => {
    try {
      const { level, fields } = JSON.parse(line) as { level?: string; fields?: { message?: string } };
      if (fields?.message) log(`schema-engine ${level?.toLowerCase() ?? "info"}: ${fields.message}`);
    } catch {
      log(`schema-engine: ${line.trim()}`);
    }
  };
}

function graphileLoggerTo(log: TLog): Logger {
  return new Logger(() => (level, message) => {
    if (level !== "debug") log(`graphile-worker ${level}: ${message}`);
  });
}
