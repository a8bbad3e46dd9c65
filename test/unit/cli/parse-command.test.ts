// The CLI refuses bad arguments before touching the database, naming the option at fault.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../scripts/cli/parse-command.ts';

describe('CLI argument parsing', () => {
  it('shows usage for help and for no command', () => {
    expect(parseCommand([])).toEqual({ kind: 'help' });
    expect(parseCommand(['help'])).toEqual({ kind: 'help' });
    expect(parseCommand(['user:create', '--help'])).toEqual({ kind: 'help' });
  });

  it('parses user:create, normalising the email and defaulting the name', () => {
    const r = parseCommand(['user:create', '--email', 'Ada@Example.COM', '--password', 'long enough pw', '--role', 'admin']);
    expect(r).toEqual({ kind: 'run', name: 'user:create', input: { email: 'ada@example.com', password: 'long enough pw', role: 'admin', name: 'Ada' } });
  });

  it('parses token:create with and without an expiry', () => {
    expect(parseCommand(['token:create', '--name', 'ci', '--role', 'viewer', '--expires-days', '30'])).toEqual({
      kind: 'run', name: 'token:create', input: { name: 'ci', role: 'viewer', expiresInDays: 30 },
    });
    expect(parseCommand(['token:create', '--name=ci', '--role=responder'])).toMatchObject({ input: { expiresInDays: null } });
  });

  it('names the unknown command', () => {
    const r = parseCommand(['user:delete']);
    expect(r).toMatchObject({ kind: 'error' });
    expect(r.kind === 'error' && r.message).toContain('"user:delete"');
  });

  it('names missing, unknown and invalid options', () => {
    const missing = parseCommand(['user:create', '--email', 'a@example.com']);
    expect(missing.kind === 'error' && missing.message).toContain('missing --password, --role');

    const unknown = parseCommand(['user:list', '--all']);
    expect(unknown.kind === 'error' && unknown.message).toContain("'--all'");

    const role = parseCommand(['user:set-role', '--email', 'a@example.com', '--role', 'root']);
    expect(role.kind === 'error' && role.message).toMatch(/--role: /);

    const email = parseCommand(['user:deactivate', '--email', 'not-an-email']);
    expect(email.kind === 'error' && email.message).toMatch(/--email: /);

    const days = parseCommand(['token:create', '--name', 'ci', '--role', 'viewer', '--expires-days', 'soon']);
    expect(days.kind === 'error' && days.message).toMatch(/--expires-days: /);

    const id = parseCommand(['token:revoke', '--id', '42']);
    expect(id.kind === 'error' && id.message).toMatch(/--id: /);
  });

  it('refuses a password that is too short', () => {
    const r = parseCommand(['user:reset-password', '--email', 'a@example.com', '--password', 'short']);
    expect(r.kind === 'error' && r.message).toMatch(/--password: /);
  });
});
