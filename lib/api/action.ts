import 'server-only';
// The wrapper for server actions: the same authentication, role check and zod parsing as
// the API, with expected failures returned as values (the form shows them next to the
// fields) instead of thrown.
import { headers } from 'next/headers';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { resolveActor } from '../auth/resolve-actor.ts';
import { requireRole, type Role } from '../auth/roles.ts';
import { getDb, type Db } from '../db/client.ts';
import { AppError, type ErrorCode, type ErrorIssue } from '../errors/app-error.ts';
import { parseInput } from '../errors/from-zod.ts';
import { toAppError } from './errors.ts';
import { requestIdOf } from './route.ts';

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode; message: string; issues?: ErrorIssue[]; requestId: string } };

/** An expected failure as a value the form can show (unknown errors are logged by toAppError). */
export function actionFailure(e: unknown, requestId: string): Extract<ActionResult<never>, { ok: false }> {
  const err = toAppError(e, requestId);
  return { ok: false, error: { code: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}), requestId } };
}

export function serverAction<S extends z.ZodType, T>(
  opts: { role: Role; input: S },
  fn: (ctx: { db: Db; actor: Actor; input: z.infer<S> }) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const h = await headers();
    const requestId = requestIdOf(new Request('http://local', { headers: h }));
    try {
      const db = getDb();
      const actor = await resolveActor(db, h, requestId);
      if (!actor) throw new AppError('unauthorized', 'Your session has ended. Sign in again.');
      requireRole(actor, opts.role);
      const input = parseInput(opts.input, raw);
      return { ok: true, data: await fn({ db, actor, input }) };
    } catch (e) {
      return actionFailure(e, requestId);
    }
  };
}
