// Prints the SQL that would bring prisma/migrations in line with prisma/schema.prisma;
// prints nothing when they agree. Needs a DATABASE_URL whose user may CREATE DATABASE
// (the migrations are replayed in a temporary shadow database).
import { env } from "@/env";
import { diffMigrationsToSchema } from "@/server/db/migrate";

try {
  process.stdout.write(await diffMigrationsToSchema(env().DATABASE_URL));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
