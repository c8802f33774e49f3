/**
 * Management CLI for scripts and first setup: `npm run notify -- <command> [options]`.
 * Uses the same domain modules as the web app and honours DATABASE_URL.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { EnvError } from "../src/env";
import { API_KEY_SCOPES, createApiKey, revokeApiKey, ZCreateApiKey } from "../src/server/auth/api-keys";
import { createUser, ZCreateUser } from "../src/server/auth/users";
import { disconnectDb } from "../src/server/db/client";
import { migrateDatabase } from "../src/server/db/migrate";
import { applyLocalSecrets } from "../src/server/dev/local-state";
import { resolveDatabase } from "../src/server/dev/resolve-database";
import { AppError, parseInput } from "../src/server/errors/app-error";

const HELP = `Usage: npm run notify -- <command> [options]

Commands:
  user:create   --email E --role ADMIN|OPERATOR|VIEWER [--password P] [--name N]
                Creates a user. Without --password a password is generated and printed.
  apikey:create --name N [--scopes a,b]
                Creates an API key (default scopes: notifications:write,notifications:read).
                Scopes: ${API_KEY_SCOPES.join(", ")}. The secret is printed once, alone on the last line.
  apikey:revoke --name N
                Revokes the API key with that name.
  migrate       Applies database migrations (and graphile-worker's schema).
  key:rotate    Re-seals every stored secret with NOTIFY_ENCRYPTION_KEY, reading with it or
                NOTIFY_ENCRYPTION_KEY_PREVIOUS; safe to interrupt and re-run (README: "Rotating the encryption key").

Without DATABASE_URL the embedded development database in .data/ is used.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: "string" },
    role: { type: "string" },
    password: { type: "string" },
    name: { type: "string" },
    scopes: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

async function main(command: string | undefined): Promise<void> {
  const database = await resolveDatabase(process.env.DATABASE_URL);
  process.env.DATABASE_URL = database.url;
  if (database.embedded) applyLocalSecrets(process.env);
  try {
    switch (command) {
      case "migrate": {
        const { applied } = await migrateDatabase(database.url);
        console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
        return;
      }
      case "user:create": {
        const password = values.password ?? randomBytes(12).toString("base64url");
        const { role } = parseInput(ZCreateUser.pick({ role: true }), { role: values.role?.toUpperCase() });
        const user = await createUser({ email: values.email ?? "", role, password, name: values.name });
        console.log(`Created ${user.role} ${user.email} (id ${user.id})`);
        if (!values.password) console.log(`Password: ${password}`);
        return;
      }
      case "apikey:create": {
        const requested = (values.scopes ?? "notifications:write,notifications:read").split(",").map((scope) => scope.trim()).filter(Boolean);
        const { scopes } = parseInput(ZCreateApiKey.pick({ scopes: true }), { scopes: requested });
        const key = await createApiKey({ name: values.name ?? "", scopes });
        console.log(`Created API key "${key.name}" (${key.prefix}…) with scopes ${key.scopes.join(", ")}. Store the secret now; it is not shown again:`);
        console.log(key.secret);
        return;
      }
      case "key:rotate": {
        const { resealSecrets } = await import("../src/server/crypto/reseal-secrets");
        const { describeResealReport } = await import("../src/server/crypto/describe-reseal-report");
        const report = await resealSecrets({ onBatch: ({ table, column, resealed }) => console.log(`  ${table}.${column}: ${resealed} re-sealed…`) });
        for (const line of describeResealReport(report)) console.log(line);
        if (!report.complete) process.exitCode = 1;
        return;
      }
      case "apikey:revoke":
        await revokeApiKey(values.name ?? "");
        console.log(`Revoked API key "${values.name}".`);
        return;
      default:
        throw new AppError("BAD_REQUEST", command ? `Unknown command "${command}".\n\n${HELP}` : HELP);
    }
  } finally {
    await disconnectDb();
    await database.stop();
  }
}

if (values.help || positionals.length === 0) {
  console.log(HELP);
} else {
  try {
    await main(positionals[0]);
  } catch (error) {
    console.error(error instanceof AppError || error instanceof EnvError ? `Error: ${error.message}` : error);
    process.exitCode = 1;
  }
}
