// ESLint flat config: Next.js's own rules (React, hooks, accessibility, Core Web Vitals)
// plus typescript-eslint's recommended set, as eslint-config-next 16 exports them.
// `next lint` is gone in Next 16; `npm run lint` / `npm test` run `eslint .` directly.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'data/**',
      'lib/db/generated/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
      'next-env.d.ts',
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Unused code is a defect in CI, not a suggestion; `_`-prefixed names are deliberate.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-unused-expressions': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-explicit-any': 'error',
      'prefer-const': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    // One configuration: lib/config/env.ts parses every setting; everything else takes the
    // parsed `Env` (getEnv()), so that what the schema accepts is what the code does.
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings through getEnv() from lib/config/env.ts (add new ones to its schema).' },
      ],
    },
  },
  {
    // The justified exceptions: the schema itself, and test tooling that reads its own
    // variables (CI, CHROMIUM_PATH, E2E_*, TEST_/BENCH_DATABASE_URL) or sets env for children.
    files: [
      'lib/config/env.ts',
      'test/**',
      'scripts/test.ts',
      'scripts/e2e.ts',
      'scripts/ensure-chromium.ts',
      'scripts/ensure-alertmanager.ts',
      'scripts/lib/e2e-app.ts',
      'scripts/bench/**',
      'scripts/db/generate.mjs',
      'playwright.config.ts',
      'prisma.config.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // One client boundary: components and the domain never climb back up into `app/` (routes,
    // pages, layouts). Server actions live in lib/actions, the browser kernel in lib/client.
    files: ['components/**', 'lib/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(@/app|(\\.\\./)+app)(/|$)', message: 'Components and lib never import from app/: move the code to lib/ (server actions: lib/actions).' }],
      }],
    },
  },
  {
    // Scripts and tests are Node programs, not pages: Next's page rules do not apply.
    files: ['scripts/**', 'test/**', '*.config.*'],
    rules: {
      '@next/next/no-html-link-for-pages': 'off',
      'import/no-anonymous-default-export': 'off',
    },
  },
  {
    // Playwright fixtures are called `use`, which the React hooks rule mistakes for React's.
    files: ['test/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
];

export default config;
