import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EnvError } from "@/env";
import { startEmbeddedPostgres } from "@/server/dev/embedded-postgres";
import { freePort } from "./support/free-port";

// As root, PostgreSQL runs as the `postgres` user. A checkout in a private
// folder (`mktemp -d`, mode 700; or under /root) is out of its reach: the data
// goes to a fallback it can reach, or start-up stops with one sentence
// instead of initdb's unhandled `spawn … EACCES`.
describe.runIf(process.getuid?.() === 0)("[safe defaults] embedded PostgreSQL started by root in a private folder", () => {
  const cleanup: string[] = [];
  afterAll(async () => {
    for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
  });

  it("stops with one clear sentence when the data folder is out of reach and there is no fallback", async () => {
    const checkout = await mkdtemp(path.join(os.tmpdir(), "notify-private-"));
    cleanup.push(checkout);
    const started = startEmbeddedPostgres({ dataDir: path.join(checkout, "app", ".data", "postgres"), port: await freePort() });
    await expect(started).rejects.toThrow(EnvError);
    await expect(started).rejects.toThrow(
      new RegExp(`^As root, the embedded PostgreSQL runs as the "postgres" user, which cannot reach its data folder ${checkout}/app/\\.data/postgres because ${checkout} \\(mode 700\\) is closed to other users: .*DATABASE_URL`),
    );
  });

  it("puts the data in the fallback folder and runs", async () => {
    const checkout = await mkdtemp(path.join(os.tmpdir(), "notify-private-"));
    const shared = await mkdtemp(path.join(os.tmpdir(), "notify-shared-"));
    cleanup.push(checkout, shared);
    await chmod(shared, 0o755); // as /var/lib is
    const fallbackDataDir = path.join(shared, "checkout-id", "postgres");
    const server = await startEmbeddedPostgres({ dataDir: path.join(checkout, "app", ".data", "postgres"), fallbackDataDir, port: await freePort() });
    try {
      expect(server.dataDir).toBe(fallbackDataDir);
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      expect((await client.query("select 1 as one")).rows).toEqual([{ one: 1 }]);
      await client.end();
    } finally {
      await server.stop();
    }
  }, 60_000);
});
