// Roles are ordered viewer < responder < admin: a higher role may do everything a lower may.
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/actor';
import { hasRole, requireRole, roles, type Role } from '@/lib/auth/roles';
import { AppError } from '@/lib/errors/app-error';

const actor = (role: Role): Actor => ({ kind: 'user', userId: 'u', tokenId: null, role, label: `${role}@example.test`, locale: null, requestId: null });

describe('hasRole', () => {
  it.each([
    ['viewer', 'viewer', true], ['viewer', 'responder', false], ['viewer', 'admin', false],
    ['responder', 'viewer', true], ['responder', 'responder', true], ['responder', 'admin', false],
    ['admin', 'viewer', true], ['admin', 'responder', true], ['admin', 'admin', true],
  ] as const)('%s may act as %s: %s', (held, required, expected) => {
    expect(hasRole(actor(held), required)).toBe(expected);
  });

  it('lists roles from least to most privileged', () => {
    expect(roles).toEqual(['viewer', 'responder', 'admin']);
    for (const [i, held] of roles.entries()) {
      for (const [j, required] of roles.entries()) expect(hasRole({ role: held }, required)).toBe(i >= j);
    }
  });

  it('refuses nobody-signed-in', () => {
    expect(hasRole(null, 'viewer')).toBe(false);
    expect(hasRole(undefined, 'viewer')).toBe(false);
  });
});

describe('requireRole', () => {
  it('passes silently when the role suffices', () => {
    expect(() => requireRole(actor('admin'), 'responder')).not.toThrow();
  });

  it('throws forbidden naming the role needed and the role held', () => {
    let caught: unknown;
    try {
      requireRole(actor('viewer'), 'responder');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({ code: 'forbidden', message: 'This needs the responder role; you are viewer.' });
  });
});
