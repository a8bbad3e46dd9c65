import 'server-only';
// The public subscription paths. A browser form (works without JavaScript) gets a 303 back
// to the page with a notice; a JSON client gets the API's JSON answers and error bodies.
import { randomUUID } from 'node:crypto';
import { errorResponse, toAppError } from '../api/errors.ts';
import { getDb } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../errors/from-zod.ts';
import { subscribeInput } from './schemas.ts';
import { confirmSubscription, subscribeToPage, unsubscribe } from './subscribe.ts';

type Ctx = { params: Promise<Record<string, string>> };
type Action = 'subscribe' | 'confirm' | 'unsubscribe';

function clientKeyOf(req: Request): string {
  const forwarded = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || req.headers.get('x-real-ip') || 'direct';
}

function back(req: Request, slug: string, notice: string, lang: string | null): Response {
  const url = new URL(`/status/${encodeURIComponent(slug)}`, req.url);
  url.searchParams.set('notice', notice);
  if (lang) url.searchParams.set('lang', lang);
  return new Response(null, { status: 303, headers: { location: `${url.pathname}${url.search}#subscribe` } });
}

async function readForm(req: Request): Promise<{ isForm: boolean; data: Record<string, unknown> }> {
  const type = req.headers.get('content-type') ?? '';
  if (type.includes('application/json')) return { isForm: false, data: ((await req.json().catch(() => null)) ?? {}) as Record<string, unknown> };
  const text = await req.text();
  if (text.length > 10_000) throw new AppError('invalid', 'The form is too large.');
  const data: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(text)) if (v !== '') data[k] = v;
  return { isForm: true, data };
}

export function subscriptionRoute(action: Action) {
  return async (req: Request, ctx: Ctx): Promise<Response> => {
    const requestId = randomUUID();
    const slug = (await ctx.params).slug ?? "";
    const url = new URL(req.url);
    const lang = url.searchParams.get('lang');
    const db = getDb();
    if (action === 'confirm') {
      const ok = await confirmSubscription(db, { slug, token: url.searchParams.get('token') ?? '' });
      return back(req, slug, ok ? 'confirmed' : 'confirm_failed', lang);
    }
    if (action === 'unsubscribe') {
      const ok = await unsubscribe(db, { slug, token: url.searchParams.get('token') ?? '' });
      return back(req, slug, ok ? 'unsubscribed' : 'unsubscribe_failed', lang);
    }
    let isForm = true;
    let formLang: string | null = lang;
    try {
      const form = await readForm(req);
      isForm = form.isForm;
      formLang = typeof form.data.locale === 'string' ? form.data.locale : lang;
      const input = parseInput(subscribeInput, form.data);
      const result = await subscribeToPage(db, { slug, input, clientKey: clientKeyOf(req) });
      return isForm ? back(req, slug, 'pending', formLang) : Response.json(result, { status: 202 });
    } catch (e) {
      const err = toAppError(e, requestId);
      if (isForm && err.code !== 'not_found') return back(req, slug, err.code === 'rate_limited' ? 'rate_limited' : 'invalid', formLang);
      return errorResponse(err, requestId);
    }
  };
}
