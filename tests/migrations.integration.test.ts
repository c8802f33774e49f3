import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { diffMigrationsToSchema, migrateDatabase } from "@/server/db/migrate";
import { createScratchDatabase } from "./support/database";

const scratch = await createScratchDatabase({ empty: true });
const raced = await createScratchDatabase({ empty: true });

afterAll(async () => {
  await scratch.drop();
  await raced.drop();
});

async function query<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

const migrationNames = async () =>
  (await query<{ migration_name: string }>(scratch.url, "select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null order by migration_name")).map(
    (row) => row.migration_name,
  );

describe("migrateDatabase", () => {
  it("applies every migration and records it as prisma migrate deploy does", async () => {
    const { applied } = await migrateDatabase(scratch.url);

    expect(applied).toContain("20261127120000_walking_skeleton");
    expect(await migrationNames()).toEqual([...applied].sort());
  });

  it("applies nothing the second time", async () => {
    expect(await migrateDatabase(scratch.url)).toEqual({ applied: [] });
  });

  it("installs graphile-worker's schema so jobs can be queued before a worker runs", async () => {
    await query(scratch.url, "select graphile_worker.add_job('migrations__probe', '{}'::json)");
    const jobs = await query(scratch.url, "select 1 from graphile_worker.jobs where task_identifier = 'migrations__probe'");
    expect(jobs).toHaveLength(1);
  });

  it("lets concurrent callers through one at a time", async () => {
    const results = await Promise.all([migrateDatabase(raced.url), migrateDatabase(raced.url)]);
    expect(results.filter((result) => result.applied.length === 0)).toHaveLength(1);
    expect(results.flatMap((result) => result.applied)).toContain("20261127120000_walking_skeleton");
  });
});

describe("diffMigrationsToSchema", () => {
  // Fails when prisma/schema.prisma changed without a migration: run
  // `npx tsx scripts/db-diff.ts` and save its output as a new migration.
  it("finds nothing between prisma/migrations and prisma/schema.prisma", async () => {
    expect(await diffMigrationsToSchema(scratch.url)).toBe("");
  });

  it("returns the SQL for a schema the migrations do not produce", async () => {
    const schemaPath = path.resolve("prisma/schema.prisma");
    const content = `${await readFile(schemaPath, "utf8")}\nmodel MigrationProbe {\n  id Int @id\n}\n`;

    const sql = await diffMigrationsToSchema(scratch.url, { schema: { path: schemaPath, content } });

    expect(sql).toContain('CREATE TABLE "MigrationProbe"');
  });
});
