import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Git-ignored folder for the zero-configuration setup: embedded database and generated secrets. */
export const LOCAL_STATE_DIR = path.resolve(".data");
export const EMBEDDED_POSTGRES_PORT = 54329;

/**
 * Where the embedded database goes when root's PostgreSQL user cannot reach
 * `.data/` (a checkout under /root or in a mode-700 folder): one folder per
 * checkout under /var/lib, so two checkouts never share a cluster.
 */
export function rootFallbackDataDir(checkout = process.cwd()): string {
  const id = createHash("sha256").update(path.resolve(checkout)).digest("hex").slice(0, 10);
  return path.join("/var/lib/opsconductor-notify", `${path.basename(path.resolve(checkout))}-${id}`, "postgres");
}

type TLocalSecrets = { NEXTAUTH_SECRET: string; NOTIFY_ENCRYPTION_KEY: string };

/**
 * Secrets generated on first start and kept in `.data/secrets.json`, so
 * sessions and encrypted settings survive restarts without any configuration.
 */
export function localSecrets(): TLocalSecrets {
  const file = path.join(LOCAL_STATE_DIR, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as TLocalSecrets;
  const secrets: TLocalSecrets = {
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NOTIFY_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  mkdirSync(LOCAL_STATE_DIR, { recursive: true });
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}

/** Fills the secrets the embedded setup generated into `target` (a process environment) where unset. */
export function applyLocalSecrets(target: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(localSecrets())) target[name] ||= value;
}
