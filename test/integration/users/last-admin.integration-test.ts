// The installation must keep at least one active administrator. Checked in a database of its
// own, where the number of admins is known (the shared test database has many).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { createDb, type Db } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { AppError } from '@/lib/errors/app-error';
import { updateUser } from '@/lib/users/update-user';
import { createScratchDatabase } from '../../support/db.ts';

let scratch: { url: string; drop: () => Promise<void> };
let db: Db;

beforeAll(async () => {
  scratch = await createScratchDatabase('lastadmin');
  await applyMigrations(scratch.url);
  db = createDb(scratch.url, { max: 3 });
});

afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

async function admin(email: string): Promise<Actor> {
  const u = await db.user.create({ data: { email, name: email, role: 'admin' }, select: { id: true } });
  return { kind: 'user', userId: u.id, tokenId: null, role: 'admin', label: email, locale: null, requestId: null };
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe('last active administrator', () => {
  it('refuses to demote or deactivate the only admin, even by themselves', async () => {
    const only = await admin('only@example.test');
    const id = only.userId as string;
    const demote = await refusal(updateUser(db, { actor: only, id, input: { role: 'viewer' } }));
    expect(demote.code).toBe('conflict');
    expect(demote.message).toMatch(/last active administrator/);
    expect(demote.issues).toEqual([expect.objectContaining({ path: 'role', code: 'last_admin' })]);

    const deactivate = await refusal(updateUser(db, { actor: only, id, input: { active: false } }));
    expect(deactivate.issues).toEqual([expect.objectContaining({ path: 'active', code: 'last_admin' })]);

    expect(await db.user.findUnique({ where: { id }, select: { role: true, active: true } })).toEqual({ role: 'admin', active: true });
    expect(await db.auditLog.count({ where: { entityId: id } })).toBe(0);
    // A rename is fine.
    await updateUser(db, { actor: only, id, input: { name: 'Still admin' } });
  });

  it('allows it while another active admin remains, then guards the remaining one', async () => {
    const second = await admin('second@example.test');
    const first = await db.user.findUniqueOrThrow({ where: { email: 'only@example.test' }, select: { id: true } });
    const demoted = await updateUser(db, { actor: second, id: first.id, input: { role: 'responder' } });
    expect(demoted.role).toBe('responder');

    // A deactivated admin does not count as the other admin.
    const third = await admin('third@example.test');
    await updateUser(db, { actor: second, id: third.userId as string, input: { active: false } });
    const refused = await refusal(updateUser(db, { actor: second, id: second.userId as string, input: { role: 'viewer' } }));
    expect(refused.code).toBe('conflict');
  });

  it('lets two concurrent demotions of the last two admins succeed at most once', async () => {
    const a = await admin('race-a@example.test');
    // Leave exactly two active admins: race-a and second.
    const results = await Promise.allSettled([
      updateUser(db, { actor: a, id: a.userId as string, input: { role: 'viewer' } }),
      updateUser(db, { actor: a, id: (await db.user.findUniqueOrThrow({ where: { email: 'second@example.test' } })).id, input: { role: 'viewer' } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.user.count({ where: { role: 'admin', active: true } })).toBe(1);
  });
});
