// Test actors: real users and API tokens in the test database, with unique emails.
import { randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/auth/actor';
import type { Role } from '@/lib/auth/roles';
import { generateTokenSecret } from '@/lib/auth/token-secret';
import type { Db } from '@/lib/db/client';

export interface TestActor {
  actor: Actor;
  userId: string;
  email: string;
  /** An API token acting with the same role, for calling route handlers. */
  token: string;
  /** Headers for a JSON request authenticated with that token. */
  headers: Record<string, string>;
}

export async function createTestActor(db: Db, role: Role, name: string = role): Promise<TestActor> {
  const email = `${name}-${randomUUID().slice(0, 8)}@example.test`;
  const user = await db.user.create({ data: { email, name, role }, select: { id: true } });
  const { secret, hash, prefix } = generateTokenSecret();
  await db.apiToken.create({ data: { name: `test-${email}`, role, tokenHash: hash, prefix, createdById: user.id } });
  const actor: Actor = { kind: 'user', userId: user.id, tokenId: null, role, label: email, locale: null, requestId: null };
  return {
    actor,
    userId: user.id,
    email,
    token: secret,
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
  };
}

/** Calls an App Router route handler the way Next.js does. */
export async function callRoute(
  handler: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>,
  init: { method?: string; path?: string; headers?: Record<string, string>; body?: unknown; params?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Headers }> { // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  const req = new Request(`http://localhost${init.path ?? '/'}`, {
    method: init.method ?? 'GET',
    headers: init.headers ?? {},
    ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) } : {}),
  });
  const res = await handler(req, { params: Promise.resolve(init.params ?? {}) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON: keep the text */
  }
  return { status: res.status, body, headers: res.headers };
}
