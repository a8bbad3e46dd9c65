import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from '@/lib/config/env';
import { smtpConfigFromEnv } from '@/lib/notifications/channels/email';
import { retryPolicyFromEnv } from '@/lib/notifications/retry-policy';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function problemsOf(source: Record<string, string>): string {
  try {
    parseEnv(source);
  } catch (e) {
    expect(e).toBeInstanceOf(EnvError);
    return (e as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('parseEnv', () => {
  it('gives the documented defaults when nothing is set', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATABASE_POOL_SIZE: 10, FIREBREAK_DB_LOG: false, TZ: 'UTC', FIREBREAK_WORKER: true, SMTP_SECURE: false, SMTP_FROM: 'Firebreak <firebreak@localhost>' });
  });

  it('accepts one set of spellings for every yes/no setting, in any case', () => {
    for (const yes of ['1', 'true', 'yes', 'on', 'YES', 'True', ' on ']) expect(parseEnv({ SMTP_SECURE: yes }).SMTP_SECURE).toBe(true);
    for (const no of ['0', 'false', 'no', 'off', 'NO']) expect(parseEnv({ FIREBREAK_WORKER: no }).FIREBREAK_WORKER).toBe(false);
    // Empty is "unset": the default applies.
    expect(parseEnv({ FIREBREAK_WORKER: '' }).FIREBREAK_WORKER).toBe(true);
  });

  it('is what the code uses: SMTP_SECURE=yes means implicit TLS, retry settings are honoured', () => {
    expect(smtpConfigFromEnv(parseEnv({ SMTP_HOST: 'mail.example.com', SMTP_PORT: '465', SMTP_SECURE: 'yes' }))).toMatchObject({ host: 'mail.example.com', port: 465, secure: true });
    expect(smtpConfigFromEnv(parseEnv({}))).toBeNull();
    expect(retryPolicyFromEnv(parseEnv({ NOTIFY_MAX_ATTEMPTS: '3', NOTIFY_RETRY_BASE_SECONDS: '2' }))).toEqual({ maxAttempts: 3, baseMs: 2000, capMs: 21_600_000 });
  });

  it('takes DATABASE_POOL_SIZE, FIREBREAK_DB_LOG and TZ from the schema', () => {
    expect(parseEnv({ DATABASE_POOL_SIZE: '25', FIREBREAK_DB_LOG: 'yes', TZ: 'Asia/Shanghai' })).toMatchObject({ DATABASE_POOL_SIZE: 25, FIREBREAK_DB_LOG: true, TZ: 'Asia/Shanghai' });
  });

  it('names the variable, the value given and what is accepted', () => {
    expect(problemsOf({ SMTP_SECURE: 'maybe' })).toContain('SMTP_SECURE: expected one of 1, true, yes, on, 0, false, no, off (got "maybe")');
    expect(problemsOf({ LOG_LEVEL: 'loud' })).toContain('LOG_LEVEL: expected one of debug, info, warn, error (got "loud")');
    expect(problemsOf({ DATABASE_POOL_SIZE: 'lots' })).toContain('DATABASE_POOL_SIZE: expected a number (got "lots")');
    expect(problemsOf({ TZ: 'Mars/Olympus' })).toContain('TZ: expected an IANA time zone');
    expect(problemsOf({ PORT: '70000' })).toContain('PORT: expected a port number, 1–65535 (got "70000")');
    // Every bad variable at once, not one per start attempt.
    const both = problemsOf({ FIREBREAK_DB_LOG: 'y', NOTIFY_MAX_ATTEMPTS: '0' });
    expect(both).toContain('FIREBREAK_DB_LOG:');
    expect(both).toContain('NOTIFY_MAX_ATTEMPTS:');
  });
});

describe('start-up of the worker and the CLI', () => {
  // Both stop before opening any database: no server is needed to see the message.
  const run = (script: string, env: Record<string, string>, args: string[] = []) =>
    spawnSync(process.execPath, ['--import', 'tsx', '--conditions=react-server', script, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('the worker refuses a bad setting, naming it and the accepted values', () => {
    const r = run('scripts/worker.ts', { DATABASE_POOL_SIZE: 'many', FIREBREAK_DB_LOG: 'sometimes' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('The worker could not start');
    expect(r.stderr).toContain('DATABASE_POOL_SIZE: expected a number (got "many")');
    expect(r.stderr).toContain('FIREBREAK_DB_LOG: expected one of 1, true, yes, on, 0, false, no, off (got "sometimes")');
  }, 60_000);

  it('the CLI refuses a bad setting too', () => {
    const r = run('scripts/cli.ts', { TZ: 'Nowhere/Atlantis' }, ['user:list']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('TZ: expected an IANA time zone');
  }, 60_000);
});
