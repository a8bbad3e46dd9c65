// Two projects: `unit` (pure logic, no database) and `integration` (a real PostgreSQL, migrated
// once per run by test/support/global-setup.ts). Run them with `npm run test:unit` and
// `npm run test:integration`; set TEST_DATABASE_URL to use an existing throwaway database.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      // Server modules start with `import 'server-only'`, which throws outside a react-server
      // build. Aliasing it is narrower than resolving everything with the react-server
      // condition, which would also swap React for its server build in component tests.
      { find: /^server-only$/, replacement: `${root}test/support/empty.ts` },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.integration-test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/integration-setup.ts'],
          // Files share one database; running them one at a time keeps counts and "latest"
          // queries predictable without per-file databases.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
