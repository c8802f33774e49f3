import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/env";
import { PrismaClient } from "./generated/client.ts";

export type Db = InstanceType<typeof PrismaClient>;

function createDb(connectionString: string): Db {
  // Timestamps are stored as UTC without a zone; now() in SQL must agree whatever the server's own zone is.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, options: "-c TimeZone=UTC" }) });
}

// One client per process; Next's dev server reloads modules, so the instance
// lives on globalThis to avoid opening a new pool on every edit.
const globalForDb = globalThis as unknown as { notifyDb?: Db };

export function db(): Db {
  globalForDb.notifyDb ??= createDb(env().DATABASE_URL);
  return globalForDb.notifyDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.notifyDb?.$disconnect();
  globalForDb.notifyDb = undefined;
}

export * from "./generated/client.ts";
