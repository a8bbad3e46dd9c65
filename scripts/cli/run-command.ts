// What each CLI command does: the same use cases as the web UI and the API, acting as the
// system actor "cli", so the rules (last active admin, unique emails) and the audit trail
// are the same whichever way a change is made.
import type { Actor } from '../../lib/auth/actor.ts';
import type { Role } from '../../lib/auth/roles.ts';
import type { Db } from '../../lib/db/client.ts';
import { createApiToken } from '../../lib/api-tokens/create-api-token.ts';
import { listApiTokens } from '../../lib/api-tokens/list-api-tokens.ts';
import { revokeApiToken } from '../../lib/api-tokens/revoke-api-token.ts';
import type { CreateApiTokenInput } from '../../lib/api-tokens/schemas.ts';
import { createUser } from '../../lib/users/create-user.ts';
import { getUserByEmail } from '../../lib/users/get-user.ts';
import { listUsers } from '../../lib/users/list-users.ts';
import { resetUserPassword } from '../../lib/users/reset-user-password.ts';
import type { CreateUserInput } from '../../lib/users/schemas.ts';
import { updateUser } from '../../lib/users/update-user.ts';
import { reindexMissing } from '../../lib/search/reindex-missing.ts';
import { loadDemoData, unloadDemoData } from '../../lib/home/demo-data.ts';
import { formatTable } from './format-table.ts';

type Out = (line: string) => void;
type Runner = (db: Db, actor: Actor, input: never, out: Out) => Promise<void>;

const date = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') + 'Z' : '-');

async function allPages<T>(fetch: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

const runners: Record<string, Runner> = {
  'demo:load': async (db, actor, _input, out) => {
    const demo = await loadDemoData(db, { actor });
    out(`Loaded the demo data set: services ${demo.services.join(', ')}, incident ${demo.incidentReference} with its postmortem and known issue. Remove it with: npm run cli -- demo:unload`);
  },
  'demo:unload': async (db, actor, _input, out) => {
    const c = await unloadDemoData(db, { actor });
    out(`Removed the demo data set: ${c.incidents} incident(s), ${c.services} service(s), ${c.teams} team(s).`);
  },
  'search:reindex': async (db, _actor, input: { batch: number }, out) => {
    const c = await reindexMissing(db, { batch: input.batch, log: (line) => process.stderr.write(`${line}\n`) });
    out(`Indexed ${c.knownIssues} known issue(s), ${c.incidents} incident(s), ${c.postmortems} postmortem(s).`);
  },
  'user:create': async (db, actor, input: CreateUserInput, out) => {
    const { user } = await createUser(db, { actor, input });
    out(`Created user ${user.email} (${user.role}), id ${user.id}.`);
  },
  'user:set-role': async (db, actor, input: { email: string; role: Role }, out) => {
    const before = await getUserByEmail(db, { actor, email: input.email });
    const user = await updateUser(db, { actor, id: before.id, input: { role: input.role } });
    out(before.role === user.role ? `${user.email} already has the role ${user.role}.` : `${user.email}: ${before.role} → ${user.role}.`);
  },
  'user:deactivate': async (db, actor, input: { email: string }, out) => {
    const before = await getUserByEmail(db, { actor, email: input.email });
    await updateUser(db, { actor, id: before.id, input: { active: false } });
    out(before.active ? `Deactivated ${before.email}.` : `${before.email} was already deactivated.`);
  },
  'user:reactivate': async (db, actor, input: { email: string }, out) => {
    const before = await getUserByEmail(db, { actor, email: input.email });
    await updateUser(db, { actor, id: before.id, input: { active: true } });
    out(before.active ? `${before.email} was already active.` : `Reactivated ${before.email}.`);
  },
  'user:reset-password': async (db, actor, input: { email: string; password: string }, out) => {
    const user = await getUserByEmail(db, { actor, email: input.email });
    await resetUserPassword(db, { actor, id: user.id, input: { password: input.password } });
    out(`Password set for ${user.email}.`);
  },
  'user:list': async (db, actor, _input, out) => {
    const users = await allPages((cursor) => listUsers(db, { actor, input: { limit: 200, cursor } }));
    out(formatTable(['EMAIL', 'NAME', 'ROLE', 'ACTIVE', 'LAST SIGN-IN (UTC)'],
      users.map((u) => [u.email, u.name, u.role, u.active ? 'yes' : 'no', date(u.lastLoginAt)])));
  },
  'token:create': async (db, actor, input: CreateApiTokenInput, out) => {
    const { token, secret } = await createApiToken(db, { actor, input });
    out(`Created API token "${token.name}" (role ${token.role}, id ${token.id}, expires ${token.expiresAt ? date(token.expiresAt) : 'never'}).`);
    out('Store it now: it is shown only this once.');
    out(secret);
  },
  'token:list': async (db, actor, _input, out) => {
    const tokens = await allPages((cursor) => listApiTokens(db, { actor, input: { limit: 200, cursor } }));
    out(formatTable(['ID', 'NAME', 'ROLE', 'PREFIX', 'STATUS', 'CREATED (UTC)', 'LAST USED', 'EXPIRES'],
      tokens.map((t) => [t.id, t.name, t.role, `${t.prefix}…`, t.status, date(t.createdAt), date(t.lastUsedAt), date(t.expiresAt)])));
  },
  'token:revoke': async (db, actor, input: { id: string }, out) => {
    const token = await revokeApiToken(db, { actor, id: input.id });
    out(`Revoked API token "${token.name}" (${token.id}).`);
  },
};

export async function runCommand(db: Db, actor: Actor, name: string, input: unknown, out: Out): Promise<void> {
  const run = runners[name];
  if (!run) throw new Error(`No runner for ${name}.`);
  await run(db, actor, input as never, out);
}
