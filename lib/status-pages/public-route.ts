import 'server-only';
// The wrapper of the public status page paths: no session, no body parsing, no log line per
// cache hit (thousands of readers a second at the start of an outage). Errors are logged
// and answered with a generic 500 (never a stack trace).
import { randomUUID } from 'node:crypto';
import { getEnv } from '../config/env.ts';
import { getDb } from '../db/client.ts';
import { logger } from '../log/logger.ts';
import { servePublic, type PublicVariant } from './serve-public.ts';

type Ctx = { params: Promise<Record<string, string>> };

export function publicStatusRoute(variant: PublicVariant) {
  return async (req: Request, ctx: Ctx): Promise<Response> => {
    try {
      const slug = (await ctx.params).slug ?? "";
      const env = getEnv();
      return await servePublic(getDb(), req, { slug, variant, appUrl: env.APP_URL ?? env.NEXTAUTH_URL ?? null });
    } catch (e) {
      const requestId = randomUUID();
      logger.error('status page failed', { requestId, path: new URL(req.url).pathname, error: e });
      return Response.json({ error: { code: 'internal', message: `Something went wrong on our side. Quote request id ${requestId} when reporting it.`, requestId } }, { status: 500 });
    }
  };
}
