// Set-up through the REST API with the first administrator's session: users with known ids,
// teams, memberships and services, for tests whose subject is elsewhere.
import { randomBytes } from 'node:crypto';
import { expect, type Browser, type APIRequestContext } from '@playwright/test';
import { firstAdmin, uniqueEmail, userPassword } from './accounts';
import { signIn } from './session';
import type { Role } from './users';

export interface ApiUser { id: string; email: string; password: string; role: Role }

export const uniqueSlug = (prefix: string) => `${prefix}-${randomBytes(3).toString('hex')}`;

/** An API client signed in as the first administrator; close() when done. */
export async function adminApi(browser: Browser, baseURL: string | undefined): Promise<{ api: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  const page = await context.newPage();
  await signIn(page, firstAdmin.email, firstAdmin.password);
  return { api: page.request, close: () => context.close() };
}

async function created<T>(res: Promise<{ status: () => number; json: () => Promise<unknown>; text: () => Promise<string> }>, status = 201): Promise<T> {
  const r = await res;
  expect(r.status(), await r.text()).toBe(status);
  return (await r.json()) as T;
}

export async function createApiUser(api: APIRequestContext, role: Role, prefix: string = role): Promise<ApiUser> {
  const email = uniqueEmail(prefix);
  const body = await created<{ user: { id: string } }>(api.post('/api/v1/users', { data: { name: `E2E ${prefix}`, email, role, password: userPassword } }));
  return { id: body.user.id, email, password: userPassword, role };
}

export async function createTeam(api: APIRequestContext, name: string, members: ApiUser[]): Promise<{ slug: string; name: string }> {
  const slug = uniqueSlug('team');
  await created(api.post('/api/v1/teams', { data: { slug, name } }));
  for (const m of members) expect((await api.put(`/api/v1/teams/${slug}/members/${m.id}`, { data: {} })).ok()).toBe(true);
  return { slug, name };
}

export async function createService(api: APIRequestContext, { slugPrefix, name, ownerTeam, dependsOn = [] }: { slugPrefix: string; name: string; ownerTeam: string; dependsOn?: string[] }): Promise<{ slug: string; name: string }> {
  const slug = uniqueSlug(slugPrefix);
  await created(api.post('/api/v1/services', { data: { slug, name, ownerTeam, dependsOn } }));
  return { slug, name };
}
