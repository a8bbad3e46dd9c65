import 'server-only';
// Authentication for pages and layouts (server components). Route handlers use
// lib/api/route.ts and server actions lib/api/action.ts instead.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '../db/client.ts';
import { isDatabaseUnavailable } from '../errors/database-unavailable.ts';
import { hasAnyUser } from '../users/create-first-admin.ts';
import type { Actor } from './actor.ts';
import { resolveActor } from './resolve-actor.ts';
import { hasRole, type Role } from './roles.ts';

const lookUpActor = cache(async (): Promise<{ actor: Actor | null; failure?: unknown }> => {
  try {
    return { actor: await resolveActor(getDb(), await headers()) };
  } catch (e) {
    return { actor: null, failure: e };
  }
});

/** The signed-in actor for this request (memoised per request), or null (also when the lookup failed). */
export async function getCurrentActor(): Promise<Actor | null> {
  return (await lookUpActor()).actor;
}

/**
 * The signed-in actor, or a redirect to /login (or to /setup on a fresh installation). While
 * the database is unavailable it throws instead (app/error.tsx shows "retrying"): a signed-in
 * person is not sent to the login page by a database restart.
 */
export async function requirePageActor(role: Role = 'viewer', from?: string): Promise<Actor> {
  const { actor, failure } = await lookUpActor();
  if (failure !== undefined && isDatabaseUnavailable(failure)) throw failure;
  if (!actor) {
    if (!(await hasAnyUser(getDb()))) redirect('/setup');
    redirect(from ? `/login?callbackUrl=${encodeURIComponent(from)}` : '/login');
  }
  if (!hasRole(actor, role)) redirect('/forbidden');
  return actor;
}
