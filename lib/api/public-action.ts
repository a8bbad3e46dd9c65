import 'server-only';
// Server actions that need no sign-in (only the first-administrator set-up). The use case
// itself decides whether it may run.
import type { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { getDb, type Db } from '../db/client.ts';
import { parseInput } from '../errors/from-zod.ts';
import { actionFailure, type ActionResult } from './action.ts';

export function serverActionPublic<S extends z.ZodType, T>(input: S, fn: (ctx: { db: Db; input: z.infer<S> }) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const requestId = randomUUID();
    try {
      return { ok: true, data: await fn({ db: getDb(), input: parseInput(input, raw) }) };
    } catch (e) {
      return actionFailure(e, requestId);
    }
  };
}
