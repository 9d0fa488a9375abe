import { defineConfig } from 'prisma/config';

// Prisma's CLI is used only for `prisma generate` here: migrations are plain SQL in
// prisma/migrations, applied by lib/db/migrate.ts (see docs/architecture.md).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/casino' },
});
