import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file: migrations run through lib/db/migrate.ts (WebAssembly
// schema engine), so no database URL is needed here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
