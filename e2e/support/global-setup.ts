import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../src/server/dev/embedded-postgres";

export const E2E_ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password" };

/**
 * Starts the built app exactly as `npm start` does — launcher, Next server,
 * worker and the built-in mail catcher (a real SMTP server) — on a fresh
 * database, and creates an API key with the CLI. Tests read what they need
 * from the environment variables set here.
 */
export default async function globalSetup() {
  const port = Number(process.env.E2E_PORT ?? 3119);
  const catcherPort = port + 1000;
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopPostgres = async () => {};
  const tempDir = await mkdtemp(path.join(os.tmpdir(), "notify-e2e-"));
  if (!adminUrl) {
    const server = await startEmbeddedPostgres({ dataDir: path.join(tempDir, "pg"), port: 55000 + Math.floor(Math.random() * 900), urlVariable: "TEST_DATABASE_URL" });
    adminUrl = server.adminUrl;
    stopPostgres = server.stop;
  }
  const database = `notify_e2e_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${database}"`);
  await admin.end();
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();

  const appEnv = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    MAIL_CATCHER_PORT: String(catcherPort),
    NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret",
    NOTIFY_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    APP_URL: `http://127.0.0.1:${port}`,
    ADMIN_EMAIL: E2E_ADMIN.email,
    ADMIN_PASSWORD: E2E_ADMIN.password,
    SMTP_URL: "",
    // Production keeps the catcher off and refuses private destinations unless told twice; the suite needs both.
    MAIL_CATCHER: "on",
    NOTIFY_ALLOW_PRIVATE_DESTINATIONS: "true",
    NOTIFY_ALLOW_PRIVATE_DESTINATIONS_IN_PRODUCTION: "i-understand",
  };
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/launch.ts", "start"], { env: appEnv, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  app.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  app.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  app.once("exit", () => (exited = true));
  await waitForHealthy(`http://127.0.0.1:${port}/api/v1/notification/health`, () => output, () => exited);

  const cli = execFileSync(process.execPath, ["--import", "tsx", "scripts/notify.ts", "apikey:create", "--name", "e2e-executor", "--scopes", "notifications:write,notifications:read,events:write,events:read"], { env: appEnv, encoding: "utf8" });
  process.env.E2E_API_KEY = cli.trim().split("\n").at(-1);
  process.env.E2E_DATABASE_URL = databaseUrl;
  process.env.E2E_ADMIN_EMAIL = E2E_ADMIN.email;
  process.env.E2E_ADMIN_PASSWORD = E2E_ADMIN.password;

  return async () => {
    if (app.pid) process.kill(-app.pid, "SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
    if (process.env.E2E_SHOW_APP_LOG) console.log(output);
    await stopPostgres();
    await rm(tempDir, { recursive: true, force: true });
  };
}

async function waitForHealthy(url: string, output: () => string, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && !exited()) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not become healthy at ${url}. Output:\n${output()}`);
}
