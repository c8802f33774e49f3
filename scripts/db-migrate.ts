// Applies pending Prisma migrations and graphile-worker's schema to DATABASE_URL.
import { env } from "@/env";
import { migrateDatabase } from "@/server/db/migrate";

try {
  const started = performance.now();
  const { applied } = await migrateDatabase(env().DATABASE_URL, { log: (line) => console.log(line) });
  const summary = applied.length ? `Applied ${applied.join(", ")}` : "No pending migrations";
  console.log(`${summary} (${Math.round(performance.now() - started)} ms)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
