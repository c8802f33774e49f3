/**
 * `npm run dev` / `npm start`: the whole product with zero configuration.
 * Resolves the database (embedded PostgreSQL when DATABASE_URL is unset),
 * migrates, creates the first admin, starts the mail catcher while no SMTP
 * server is configured, then runs the web app and the worker as children.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { env, EnvError } from "../src/env";
import { ensureFirstAdmin } from "../src/server/auth/ensure-admin";
import { verifyEncryptionKey } from "../src/server/crypto/verify-encryption-key";
import { disconnectDb } from "../src/server/db/client";
import { migrateDatabase } from "../src/server/db/migrate";
import { applyLocalSecrets } from "../src/server/dev/local-state";
import { resolveDatabase } from "../src/server/dev/resolve-database";
import { startMailCatcher } from "../src/server/mail-catcher/start-mail-catcher";

const mode = process.argv[2] === "start" ? "start" : "dev";
if (mode === "start" && !existsSync(".next/BUILD_ID")) {
  console.error("No production build found: run `npm run build` first (or `npm run dev` for development).");
  process.exit(1);
}
const log = (line: string) => console.log(`[notify] ${line}`);

try {
  const database = await resolveDatabase(process.env.DATABASE_URL, () => {});
  process.env.DATABASE_URL = database.url;
  if (database.embedded) {
    applyLocalSecrets(process.env);
    log(`embedded PostgreSQL at ${database.url.replace(/:[^:@/]+@/, ":***@")} (data in .data/postgres)`);
  }
  const config = env();
  process.env.NEXTAUTH_URL ??= config.APP_URL ?? `http://localhost:${config.PORT}`;

  const { applied } = await migrateDatabase(config.DATABASE_URL);
  if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
  await verifyEncryptionKey();

  const admin = await ensureFirstAdmin({ email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD });
  if (admin) {
    log("created the first admin — this password is shown once:");
    log(`  email:    ${admin.email}`);
    log(`  password: ${admin.password}`);
  }

  const catcher = config.SMTP_URL ? undefined : await startMailCatcher({ port: config.MAIL_CATCHER_PORT });
  if (catcher) log(`mail catcher listening on smtp://127.0.0.1:${catcher.port} — open /mail in the UI`);
  await disconnectDb();

  const require = createRequire(import.meta.url);
  const children: ChildProcess[] = [
    run("web", process.execPath, [require.resolve("next/dist/bin/next"), mode, "--port", String(config.PORT)]),
    // The worker's heap is capped: V8 otherwise keeps hundreds of MB of spare heap it doesn't need.
    run("worker", process.execPath, ["--max-old-space-size=192", "--import", "tsx", "worker/index.ts"], { NODE_ENV: mode === "start" ? "production" : "development" }),
  ];
  log(`web app on ${process.env.NEXTAUTH_URL}`);

  let shuttingDown = false;
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    await Promise.all(children.map((child) => stopChild(child)));
    await catcher?.stop();
    await database.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(0));
  for (const child of children) child.on("exit", (code) => void shutdown(code ?? 1));
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error instanceof Error ? `Error: ${error.message}` : error);
  process.exit(1);
}

function run(name: string, command: string, args: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...extraEnv } });
  const prefix = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
    let buffer = "";
    stream.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  };
  prefix(child.stdout!, process.stdout);
  prefix(child.stderr!, process.stderr);
  return child;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 25_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
