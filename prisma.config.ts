// Prisma CLI configuration. The app itself never reads this file: it connects through
// lib/db/client.ts. DATABASE_URL is only needed for Prisma CLI commands that talk to a database.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/firebreak' },
});
