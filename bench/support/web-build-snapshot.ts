import { cp, mkdtemp, readdir, readFile, rm, stat, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { runNode } from "./run-node";

// Build output `next start` needs; the rest (.next/cache, dev, types, traces) is for building.
const SKIPPED = new Set(["cache", "dev", "types", "trace", "trace-build", "diagnostics", "lock"]);

const BUILD_INPUT = /\.(tsx?|m?js|css|json|prisma|sql)$/;

export type TWebBuildSnapshot = { dir: string; buildId: string; builtAt: Date; remove: () => Promise<void> };

/**
 * A private copy of the production build in a temporary project folder
 * (node_modules, prisma and public linked back), so a `next build` someone
 * starts during the run cannot pull the web app's files from under it.
 */
export async function snapshotWebBuild(projectDir: string): Promise<TWebBuildSnapshot> {
  const source = path.join(projectDir, ".next");
  const idFile = path.join(source, "BUILD_ID");
  const before = await stat(idFile).catch(() => null);
  if (!before) throw new Error("No production build of the web app (.next/BUILD_ID is missing). Run `npx next build` first, or pass --build.");
  const buildId = (await readFile(idFile, "utf8")).trim();

  const dir = await mkdtemp(path.join(os.tmpdir(), "notify-bench-web-"));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await cp(source, path.join(dir, ".next"), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (file) => !SKIPPED.has(path.relative(source, file).split(path.sep)[0] ?? ""),
    });
    for (const file of ["package.json", "next.config.mjs"]) await cp(path.join(projectDir, file), path.join(dir, file));
    for (const link of ["node_modules", "prisma", "public"]) await symlink(path.join(projectDir, link), path.join(dir, link));
    const after = await stat(idFile).catch(() => null);
    if (after?.mtimeMs !== before.mtimeMs) throw new Error("The web app was being rebuilt while the bench copied it; run the bench again.");
  } catch (error) {
    await remove();
    throw error;
  }
  return { dir, buildId, builtAt: before.mtime, remove };
}

/**
 * The build the web app runs from (after `next build` when asked), with a
 * warning when sources changed since: a stale build would measure old code.
 */
export async function prepareWebBuild(options: { build: boolean; log: (line: string) => void }): Promise<TWebBuildSnapshot> {
  if (options.build) {
    options.log("next build");
    await runNode([createRequire(import.meta.url).resolve("next/dist/bin/next"), "build"], process.env, { showOutput: true });
  }
  const snapshot = await snapshotWebBuild(process.cwd());
  const newer = await newestFile(["src", "prisma"]);
  if (newer && newer.mtimeMs > snapshot.builtAt.getTime()) {
    options.log(`warning: ${newer.file} changed after the last \`next build\`; the web app may be stale (pass --build to rebuild)`);
  }
  return snapshot;
}

async function newestFile(folders: string[]): Promise<{ file: string; mtimeMs: number } | null> {
  let newest: { file: string; mtimeMs: number } | null = null;
  for (const folder of folders) {
    for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
      // Only what the build compiles; Prisma's generated client is rewritten by every install.
      if (!entry.isFile() || !BUILD_INPUT.test(entry.name) || entry.parentPath.includes(`${path.sep}generated`)) continue;
      const file = path.join(entry.parentPath, entry.name);
      const { mtimeMs } = await stat(file);
      if (!newest || mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
    }
  }
  return newest;
}
