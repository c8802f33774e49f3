import { defineConfig } from "prisma/config";

// Only `prisma generate` is used from the CLI; migrations run through the
// WebAssembly schema engine (src/server/db/migrate.ts), so no URL is needed here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
