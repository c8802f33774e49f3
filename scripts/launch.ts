/**
 * `npm run dev` / `npm start`: the whole product with zero configuration.
 * Resolves the database (embedded PostgreSQL when DATABASE_URL is unset),
 * migrates, creates the first admin, starts the mail catcher while no SMTP
 * server is configured (in development, or with MAIL_CATCHER=on), then runs
 * the web app and the worker as children.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { env, EnvError } from "../src/env";
import { ensureFirstAdmin } from "../src/server/auth/ensure-admin";
import { verifyEncryptionKey } from "../src/server/crypto/verify-encryption-key";
import { disconnectDb } from "../src/server/db/client";
import { migrateDatabase } from "../src/server/db/migrate";
import { leaveShutdownToCaller } from "../src/server/dev/embedded-postgres";
import { applyLocalSecrets } from "../src/server/dev/local-state";
import { resolveDatabase } from "../src/server/dev/resolve-database";
import { mailCatcherEnabled } from "../src/server/mail-catcher/mail-catcher-enabled";
import { startMailCatcher } from "../src/server/mail-catcher/start-mail-catcher";
import { environmentSmtpServer, findSmtpConfig, NO_SMTP_SERVER_MESSAGE } from "../src/server/smtp/resolve-smtp-config";

const mode = process.argv[2] === "start" ? "start" : "dev";
if (mode === "start" && !existsSync(".next/BUILD_ID")) {
  console.error("No production build found: run `npm run build` first (or `npm run dev` for development).");
  process.exit(1);
}
const log = (line: string) => console.log(`[notify] ${line}`);
// `npm start` is production whatever the shell says, as `next start` is: the
// safe defaults (no mail catcher, no private destinations) follow from it.
Object.assign(process.env, { NODE_ENV: mode === "start" ? "production" : "development" });

// Also on a failed start: left running, an embedded server would outlive this process.
let stopDatabase = async () => {};
try {
  const database = await resolveDatabase(process.env.DATABASE_URL, () => {});
  stopDatabase = database.stop;
  process.env.DATABASE_URL = database.url;
  if (database.embedded) {
    applyLocalSecrets(process.env);
    const inCheckout = database.dataDir?.startsWith(`${process.cwd()}${path.sep}`);
    const where = database.dataDir ? ` (data in ${inCheckout ? path.relative(process.cwd(), database.dataDir) : database.dataDir})` : "";
    log(`embedded PostgreSQL at ${database.url.replace(/:[^:@/]+@/, ":***@")}${where}`);
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

  const catcher =
    mailCatcherEnabled(config) && !environmentSmtpServer(config)
      ? await startMailCatcher({ port: config.MAIL_CATCHER_PORT, maxMessageBytes: config.MAIL_CATCHER_MAX_MESSAGE_BYTES })
      : undefined;
  // The web app and the worker fall back to the catcher only while it runs.
  process.env.MAIL_CATCHER = catcher ? "on" : "off";
  if (catcher) log(`mail catcher listening on smtp://127.0.0.1:${catcher.port} — open /mail in the UI`);
  else if (!(await findSmtpConfig())) log(`${NO_SMTP_SERVER_MESSAGE} (MAIL_CATCHER=on starts the built-in mail catcher instead).`);
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
  // The database stops last, after the web app and the worker have finished:
  // embedded-postgres's own signal handlers would stop it first.
  leaveShutdownToCaller();
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
  for (const child of children) child.on("exit", (code) => void shutdown(code ?? 1));
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error instanceof Error ? `Error: ${error.message}` : error);
  await stopDatabase().catch(() => undefined);
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
