// End-to-end tests in a real Chromium against the production build. `npm run test:e2e`
// (scripts/e2e.ts) starts the app on a fresh database and sets E2E_BASE_URL; to run against
// an app you started yourself on an EMPTY database: E2E_BASE_URL=http://localhost:3000
// CHROMIUM_PATH=/usr/bin/chromium npx playwright test.
// sso.spec.ts also needs the OpenID Provider that scripts/e2e.ts starts (test/e2e/support/oidc-provider.ts).
import { defineConfig } from '@playwright/test';

const baseURL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';
const ci = !!process.env.CI;

export default defineConfig({
  testDir: './test/e2e',
  outputDir: './test-results/e2e',
  // The first-admin set-up runs once, first; every other test makes its own users.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: ci,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT ?? './test-results/e2e-report.json' }]],
  use: {
    baseURL,
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: {
      ...(process.env.CHROMIUM_PATH ? { executablePath: process.env.CHROMIUM_PATH } : {}),
      // Root needs --no-sandbox; the rest stop Chromium dialling out on a closed network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /first-admin\.setup\.ts$/ },
    { name: 'chromium', testMatch: /\.spec\.ts$/, dependencies: ['setup'] },
  ],
});
