import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { withDatabase } from "./global-setup";
import { createDatabase, dropDatabase, TEMPLATE_DATABASE } from "./database-admin";

/**
 * A fresh database for one test file: a copy of the migrated template, or an
 * empty one when `empty` is set (for migration tests). Drop it in afterAll.
 */
export async function createScratchDatabase(options: { empty?: boolean } = {}) {
  const adminUrl = inject("adminDatabaseUrl");
  const name = `notify_test_${randomBytes(5).toString("hex")}`;
  await createDatabase(adminUrl, name, options.empty ? undefined : TEMPLATE_DATABASE);
  return {
    url: withDatabase(adminUrl, name),
    adminUrl,
    drop: () => dropDatabase(adminUrl, name),
  };
}
