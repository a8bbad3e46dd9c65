import 'server-only';
// The wrapper every /api route handler goes through: request id, authentication, role check,
// body/query/params parsing with the resource's zod schemas, error mapping and one structured
// log line per request. Route files stay thin: they declare schemas and call one use case.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Actor } from '../auth/actor.ts';
import { resolveActor } from '../auth/resolve-actor.ts';
import { requireRole, type Role } from '../auth/roles.ts';
import { getEnv } from '../config/env.ts';
import { getDb, type Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../errors/from-zod.ts';
import { logger } from '../log/logger.ts';
import { errorResponse, toAppError } from './errors.ts';
import { readJsonBody } from './read-json-body.ts';

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface RouteOptions<B, Q, P> {
  /** The least role allowed; 'public' needs no sign-in. */
  role: Role | 'public';
  body?: B;
  query?: Q;
  params?: P;
  /** Route template for logs, e.g. "/api/v1/services/[slug]". */
  route?: string;
}

export interface RouteContext<B, Q, P> {
  req: Request;
  db: Db;
  actor: Actor;
  requestId: string;
  body: Infer<B>;
  query: Infer<Q>;
  params: Infer<P>;
}

type Handler<B, Q, P> = (ctx: RouteContext<B, Q, P>) => Promise<unknown>;

const anonymous = (requestId: string): Actor => ({
  kind: 'system', userId: null, tokenId: null, role: 'viewer', label: 'anonymous', locale: null, requestId,
});

function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return out;
}

export function requestIdOf(req: Request): string {
  const given = req.headers.get('x-request-id');
  return given && /^[\w.-]{8,100}$/.test(given) ? given : randomUUID();
}

/** A JSON response with a chosen status (the wrapper adds the request id header). */
export function jsonResponse(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(data, { status, headers });
}

export function apiRoute<B extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, P extends Schema | undefined = undefined>(
  opts: RouteOptions<B, Q, P>,
  handler: Handler<B, Q, P>,
) {
  return async (req: Request, ctx: { params?: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    const started = performance.now();
    const requestId = requestIdOf(req);
    const url = new URL(req.url);
    let res: Response;
    try {
      const db = getDb();
      let actor = anonymous(requestId);
      if (opts.role !== 'public') {
        const found = await resolveActor(db, req.headers, requestId);
        if (!found) throw new AppError('unauthorized', 'Sign in, or send "Authorization: Bearer <token>".');
        requireRole(found, opts.role);
        actor = found;
      }
      const params = opts.params ? parseInput(opts.params, (await ctx.params) ?? {}) : undefined;
      const query = opts.query ? parseInput(opts.query, queryObject(url)) : undefined;
      const maxBytes = getEnv().API_MAX_BODY_BYTES;
      const body = opts.body ? parseInput(opts.body, await readJsonBody(req, maxBytes)) : undefined;
      const result = await handler({ req, db, actor, requestId, body, query, params } as RouteContext<B, Q, P>);
      res = result instanceof Response ? result : Response.json(result ?? null);
    } catch (e) {
      res = errorResponse(toAppError(e, requestId), requestId);
    }
    res.headers.set('x-request-id', requestId);
    logger.info('request', {
      requestId,
      method: req.method,
      route: opts.route ?? url.pathname,
      status: res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
    return res;
  };
}
