import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

export type SchemaEngine = glue.SchemaEngine;
export type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
export type TSchemaFile = { path: string; content: string };

/**
 * Runs `work` with Prisma's schema engine compiled to WebAssembly, connected
 * to `databaseUrl` through the pg driver adapter. The Prisma CLI's migrate
 * commands need a native engine binary fetched from Prisma's servers, which
 * not every machine this project runs on can reach.
 */
export async function withSchemaEngine<T>(
  options: { databaseUrl: string; schema: TSchemaFile; log?: (line: string) => void },
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadEngineModule();
  const adapters = trackedAdapterFactory(options.databaseUrl);
  activeEngines += 1;
  try {
    const engine = await glue.SchemaEngine.new(
      { datamodels: [[options.schema.path, options.schema.content]] },
      (line: string) => options.log?.(line),
      bindMigrationAwareSqlAdapterFactory(adapters.factory),
    );
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } finally {
    // The engine never disposes its main connection, whose pool would keep
    // the process alive and keep holding the engine's advisory lock.
    await adapters.disposeAll();
    activeEngines -= 1;
    if (activeEngines === 0) clearEngineTimers();
  }
}

let loaded: Promise<void> | undefined;

/**
 * The package's main entry imports the `.wasm` file as an ES module, which
 * Node 20 cannot do, so the glue module is wired to the instance by hand. The
 * `exports` map hides the wasm file (and package.json) from `require.resolve`
 * but not the glue module, and the wasm file sits beside it.
 */
function loadEngineModule(): Promise<void> {
  loaded ??= (async () => {
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const imports = Object.fromEntries(
      Object.entries(glue).map(([name, value]) => [
        name,
        name.startsWith("__wbg_setTimeout_") ? (callback: () => void, ms: number) => engineSetTimeout(callback, ms >>> 0) : value,
      ]),
    );
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

let activeEngines = 0;
const engineTimers = new Set<NodeJS.Timeout>();

/**
 * The engine races queries against timers (10 s for its advisory lock) and
 * never clears them, which would hold a finished CLI open that long. They are
 * cleared once no engine is running.
 */
function engineSetTimeout(callback: () => void, ms: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    engineTimers.delete(timer);
    callback();
  }, ms);
  engineTimers.add(timer);
  return timer;
}

function clearEngineTimers(): void {
  for (const timer of engineTimers) clearTimeout(timer);
  engineTimers.clear();
}

function trackedAdapterFactory(databaseUrl: string) {
  const open = new Set<SqlDriverAdapter>();
  const track = (adapter: SqlDriverAdapter, afterDispose?: () => Promise<void>) => {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!open.delete(adapter)) return;
      await dispose();
      await afterDispose?.();
    };
    adapter.executeScript = (script) => executeAsOneQuery(adapter, script);
    open.add(adapter);
    return adapter;
  };
  const main = new PrismaPg({ connectionString: databaseUrl, Client: CatalogCharAsTextClient });

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => track(await main.connect()),
    /**
     * Replaces PrismaPg's own, which ignores the shadow database's name when
     * the pool was configured with a URL, leaves an admin pool open, and drops
     * the shadow database while its own pool is still connected to it
     * (PostgreSQL refuses: "is being accessed by other users").
     */
    async connectToShadowDb() {
      const shadowName = `prisma_migrate_shadow_db_${randomUUID()}`;
      await runAdminStatement(databaseUrl, `CREATE DATABASE "${shadowName}"`);
      const shadow = new PrismaPg({
        connectionString: withDatabase(databaseUrl, shadowName),
        Client: CatalogCharAsTextClient,
      });
      return track(await shadow.connect(), () =>
        runAdminStatement(databaseUrl, `DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`),
      );
    },
  };
  return {
    factory,
    disposeAll: async () => {
      for (const adapter of [...open]) await adapter.dispose();
    },
  };
}

/**
 * PrismaPg splits scripts on every `;` (breaking semicolons inside strings and
 * function bodies) and autocommits each piece. The native engine sends a
 * migration as one simple query, which PostgreSQL runs as one implicit
 * transaction; pg uses the simple protocol for a query without parameters.
 */
async function executeAsOneQuery(adapter: SqlDriverAdapter, script: string): Promise<void> {
  await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
}

const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * The engine reads catalog columns of PostgreSQL's one-byte `"char"` type
 * (pg_constraint.contype, confdeltype, ...) when it describes a database, and
 * PrismaPg rejects that type ("Column type 'char' could not be deserialized"),
 * so results describe those columns as text, which their values already are.
 */
class CatalogCharAsTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    this.query = ((...args: unknown[]) => {
      const callback = args.at(-1);
      if (typeof callback === "function") {
        args[args.length - 1] = (error: Error | null, result: unknown) => callback(error, charAsText(result));
        return query(...args);
      }
      const pending = query(...args);
      return pending instanceof Promise ? pending.then(charAsText) : pending;
    }) as pg.Client["query"];
  }
}

function charAsText<R>(result: R): R {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of (one as Partial<pg.QueryResult> | undefined)?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

async function runAdminStatement(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}
