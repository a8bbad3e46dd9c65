// The operator CLI end to end: `npm run cli -- token:create …` in a child process against the
// test database prints the secret alone on its last line, and that secret works on the API.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { GET as getMe } from '@/app/api/v1/me/route';
import { callRoute } from '../../support/actors.ts';
import { testDatabaseUrl, testDb, uniqueId } from '../../support/db.ts';

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'cli', '--', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: testDatabaseUrl() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('operator CLI', () => {
  it('token:create prints a working token alone on the last line', async () => {
    const name = uniqueId('cli-token');
    const res = await runCli(['token:create', '--name', name, '--role', 'responder', '--expires-days', '7']);
    expect(res.code, res.stderr).toBe(0);
    const last = res.stdout.trimEnd().split('\n').at(-1) ?? '';
    expect(last).toMatch(/^fbk_[\w-]+$/);

    const me = await callRoute(getMe, { headers: { authorization: `Bearer ${last}` } });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ kind: 'token', role: 'responder', label: `token:${name}` });
    const audit = await testDb().auditLog.findFirst({ where: { entityId: me.body.token.id }, select: { action: true, actorLabel: true } });
    expect(audit).toEqual({ action: 'api_token.created', actorLabel: 'cli' });
  }, 60_000);

  it('refuses bad arguments with exit code 2, a message naming the option, and no change', async () => {
    const name = uniqueId('cli-bad');
    const res = await runCli(['token:create', '--name', name, '--role', 'overlord']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--role');
    expect(await testDb().apiToken.count({ where: { name } })).toBe(0);
  }, 60_000);
});
