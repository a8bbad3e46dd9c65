// The commands the acceptance check runs, as a person runs them: `backup --to DIR` prints the
// file alone on its last line, `restore FILE` (DATABASE_URL chooses the target) restores into
// an empty database and refuses a non-empty one with exit code 1 and a reason.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchDatabase, testDatabaseUrl, testDb, uniqueId } from '../../support/db.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'firebreak-cli-backup-'));
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const d of drops) await d();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[], databaseUrl: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['--conditions=react-server', 'scripts/cli.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      maxBuffer: 10_000_000,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

describe('npm run cli -- backup / restore', () => {
  it('backup prints the file alone on the last line; restore fills an empty database and refuses a full one', async () => {
    const name = uniqueId('cli-team');
    await testDb().team.create({ data: { name, slug: name } });
    const backup = await cli(['backup', '--to', dir], testDatabaseUrl());
    expect(backup.code).toBe(0);
    const last = backup.stdout.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(/^\/.*firebreak-\d{8}T\d{6}Z\.tar$/);
    expect(fs.existsSync(last)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.partial') || f.startsWith('.backup-'))).toEqual([]);
    // The run is in the backup history (written after the snapshot).
    expect(await testDb().backup.count({ where: { path: last, status: 'succeeded', trigger: 'cli' } })).toBe(1);

    const target = await createScratchDatabase('cli-restore');
    drops.push(target.drop);
    const restore = await cli(['restore', last], target.url);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/Restored \d+ row\(s\) in \d+ table\(s\)/);
    const c = new pg.Client({ connectionString: target.url });
    await c.connect();
    try {
      expect((await c.query('SELECT name FROM "Team" WHERE name = $1', [name])).rowCount).toBe(1);
    } finally {
      await c.end();
    }
    const again = await cli(['restore', last], target.url);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/is not empty: it holds \d+ row\(s\).*--force/);

    const bad = await cli(['restore'], target.url);
    expect(bad.code).toBe(2);
  }, 120_000);
});
