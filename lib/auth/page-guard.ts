import 'server-only';
// Authentication for pages and layouts (server components). Route handlers use
// lib/api/route.ts and server actions lib/api/action.ts instead.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '../db/client.ts';
import { hasAnyUser } from '../users/create-first-admin.ts';
import type { Actor } from './actor.ts';
import { resolveActor } from './resolve-actor.ts';
import { hasRole, type Role } from './roles.ts';

/** The signed-in actor for this request (memoised per request), or null. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  try {
    return await resolveActor(getDb(), await headers());
  } catch {
    return null;
  }
});

/** The signed-in actor, or a redirect to /login (or to /setup on a fresh installation). */
export async function requirePageActor(role: Role = 'viewer', from?: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) {
    if (!(await hasAnyUser(getDb()))) redirect('/setup');
    redirect(from ? `/login?callbackUrl=${encodeURIComponent(from)}` : '/login');
  }
  if (!hasRole(actor, role)) redirect('/forbidden');
  return actor;
}
