// `npm run test:e2e`: the production build, started by the real start path (scripts/start.ts)
// on a fresh database, driven by Playwright in a real Chromium, then stopped.
// Database: TEST_DATABASE_URL set → a new database on that server, dropped afterwards;
// otherwise the embedded PostgreSQL in a temporary FIREBREAK_DATA_DIR, deleted afterwards.
// Writes {passed, failed, skipped} to E2E_SUMMARY_FILE when set (read by scripts/test.ts).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '../lib/db/ports.ts';
import { startApp, type RunningApp } from './lib/e2e-app.ts';
import { startOidcProvider, type RunningOidcProvider } from '../test/e2e/support/oidc-provider.ts';
import { ensureChromium, missingChromiumWarning } from './ensure-chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const playwrightCli = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
const reportFile = path.resolve(root, process.env.E2E_JSON_REPORT ?? 'test-results/e2e-report.json');
const extraArgs = process.argv.slice(2);

interface Summary {
  passed: number;
  failed: number;
  skipped: number;
  note?: string;
}

function writeSummary(s: Summary): void {
  const file = process.env.E2E_SUMMARY_FILE;
  if (file) fs.writeFileSync(file, JSON.stringify(s) + '\n');
}

interface ListedSuite {
  specs?: { tests?: unknown[] }[];
  suites?: ListedSuite[];
}

function countInSuite(s: ListedSuite): number {
  const here = (s.specs ?? []).reduce((n, spec) => n + (spec.tests?.length ?? 0), 0);
  return here + (s.suites ?? []).reduce((n, child) => n + countInSuite(child), 0);
}

/** Counts the tests Playwright would run, without a browser: what a skip leaves untested. */
function countTests(): number {
  const r = spawnSync(process.execPath, [playwrightCli, 'test', '--list', '--reporter=json'], { cwd: root, encoding: 'utf8' });
  try {
    return countInSuite(JSON.parse(r.stdout) as ListedSuite);
  } catch {
    return 0;
  }
}

/** Playwright's JSON report: `expected` passed, `unexpected` failed, `flaky` passed on retry. */
function readReport(): Summary | null {
  try {
    const { stats } = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    };
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
  } catch {
    return null;
  }
}

function runPlaywright(baseUrl: string, chromium: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [playwrightCli, 'test', ...extraArgs], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, E2E_BASE_URL: baseUrl, CHROMIUM_PATH: chromium, E2E_JSON_REPORT: reportFile },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const chromium = ensureChromium();
  if (!chromium) {
    console.error(missingChromiumWarning());
    const n = countTests();
    // On a developer's machine without Chromium a loud skip is enough; CI must test the UI.
    if (process.env.CI === 'true') {
      writeSummary({ passed: 0, failed: 1, skipped: n, note: 'Chromium not found in CI' });
      return 1;
    }
    writeSummary({ passed: 0, failed: 0, skipped: n, note: 'Chromium not found' });
    return 0;
  }
  console.log(`End-to-end tests with ${chromium}`);
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  fs.rmSync(reportFile, { force: true });

  let app: RunningApp | undefined;
  let sso: RunningOidcProvider | undefined;
  const stop = async () => {
    const running = app;
    const provider = sso;
    app = undefined;
    sso = undefined;
    if (running) await running.stop();
    if (provider) await provider.stop();
  };
  // Ctrl-C or a CI timeout must not leave a server and a database behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(130)));
  }
  try {
    // A real OpenID Provider first: the app offers single sign-on through it (test/e2e/sso.spec.ts).
    const port = await findFreePort();
    sso = await startOidcProvider({ appBaseUrl: `http://127.0.0.1:${port}` });
    app = await startApp({ root, port, tmpDir: os.tmpdir(), env: sso.appEnv });
    const code = await runPlaywright(app.baseUrl, chromium);
    const summary = readReport();
    if (!summary) {
      console.error('Playwright wrote no JSON report: counting the end-to-end step as one failure.');
      writeSummary({ passed: 0, failed: 1, skipped: 0, note: 'no report' });
      return code || 1;
    }
    writeSummary(summary);
    return code;
  } catch (e) {
    console.error(`\nThe end-to-end tests could not run: ${(e as Error).message}`);
    writeSummary({ passed: 0, failed: 1, skipped: 0, note: (e as Error).message });
    return 1;
  } finally {
    await stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
