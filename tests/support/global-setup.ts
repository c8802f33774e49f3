import os from "node:os";
import path from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../src/server/dev/embedded-postgres";
import { migrateDatabase } from "../../src/server/db/migrate";
import { createDatabase, dropDatabase, TEMPLATE_DATABASE } from "./database-admin";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL when set (it must allow
 * CREATE DATABASE), otherwise an embedded server started here. A migrated
 * template database is built once; each test file clones it (fast) so files
 * own their data and can run in parallel.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopServer: (() => Promise<void>) | undefined;
  let dataDir: string | undefined;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "notify-test-pg-"));
    const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: 54000 + Math.floor(Math.random() * 900), urlVariable: "TEST_DATABASE_URL" });
    adminUrl = server.adminUrl;
    stopServer = server.stop;
  }
  await dropDatabase(adminUrl, TEMPLATE_DATABASE);
  await createDatabase(adminUrl, TEMPLATE_DATABASE);
  await migrateDatabase(withDatabase(adminUrl, TEMPLATE_DATABASE));
  project.provide("adminDatabaseUrl", adminUrl);

  return async () => {
    await dropDatabase(adminUrl, TEMPLATE_DATABASE).catch(() => undefined);
    await stopServer?.();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
