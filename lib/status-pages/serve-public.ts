import 'server-only';
// Serves every public path of a status page from the in-process cache (page-cache.ts): the
// page view is built once per invalidation, each rendering (HTML per language, JSON, badge,
// feeds) once per view, and a request whose ETag matches gets a 304. In steady state a view
// costs no database query; an internal page that needs a signed-in reader costs one (the
// session's account is checked on every request, as everywhere in the app).
import { createHash } from 'node:crypto';
import type { Actor } from '../auth/actor.ts';
import { resolveActor } from '../auth/resolve-actor.ts';
import type { Db } from '../db/client.ts';
import { isLocale, LOCALE_COOKIE, type Locale } from '../i18n/locales.ts';
import { getIncidentEventListener } from '../realtime/listener.ts';
import { renderBadge } from './badge.ts';
import { buildFeed } from './feeds.ts';
import { loadPageView } from './load-page-view.ts';
import { bodyOf, PageCache, type CachedBody } from './page-cache.ts';
import { statusPageTranslator } from './page-messages.ts';
import { renderPageHtml } from './page-html.ts';
import type { PageView } from './page-view.ts';
import { pick } from './public-text.ts';
import { incidentsJson, scheduledMaintenancesJson, statusJson, statusObject, summaryJson } from './statuspage-json.ts';
import { renderWidgetScript } from './widget.ts';

export type PublicVariant = 'html' | 'summary' | 'status' | 'incidents' | 'maintenances' | 'badge' | 'widget' | 'atom' | 'rss';
export const notices = ['pending', 'confirmed', 'confirm_failed', 'unsubscribed', 'unsubscribe_failed', 'invalid', 'rate_limited'] as const;
export type Notice = (typeof notices)[number];

const globalForCache = globalThis as unknown as { firebreakStatusPageCache?: PageCache };

/** This process's cache, invalidated through the realtime listener. */
export function getStatusPageCache(): PageCache {
  globalForCache.firebreakStatusPageCache ??= new PageCache(() => {
    try {
      return getIncidentEventListener();
    } catch {
      return null;
    }
  });
  return globalForCache.firebreakStatusPageCache;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** ?lang=, then the app's language cookie, then Accept-Language (when it names en or zh), then the page's default. */
export function chooseLocale(lang: string | null, cookieHeader: string | null, acceptLanguage: string | null, pageDefault: Locale): Locale {
  if (isLocale(lang)) return lang;
  const cookie = cookieHeader ? COOKIE.exec(cookieHeader)?.[1] : undefined;
  if (cookie && isLocale(decodeURIComponent(cookie))) return decodeURIComponent(cookie) as Locale;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().split(';')[0]?.toLowerCase() ?? '';
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return pageDefault;
}
const COOKIE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`);

function viewTag(v: PageView, extra: string): string {
  const { generatedAt: _g, ...rest } = v;
  void _g;
  return `"${createHash('sha1').update(JSON.stringify(rest)).update(extra).digest('base64url').slice(0, 22)}"`;
}

function render(v: PageView, variant: PublicVariant, locale: Locale, baseUrl: string, notice: Notice | null): CachedBody {
  const t = statusPageTranslator(locale);
  const ctx = { locale, baseUrl, t };
  switch (variant) {
    case 'html': {
      const etag = viewTag(v, `${locale}|${notice ?? ''}`);
      const html = renderPageHtml(v, { locale, t, notice: notice ? t(`notice.${notice}`) : null }, etag);
      return { ...bodyOf(html, 'text/html; charset=utf-8'), etag };
    }
    case 'summary':
      return bodyOf(JSON.stringify(summaryJson(v, ctx)), JSON_TYPE);
    case 'status':
      return bodyOf(JSON.stringify(statusJson(v, ctx)), JSON_TYPE);
    case 'incidents':
      return bodyOf(JSON.stringify(incidentsJson(v, ctx)), JSON_TYPE);
    case 'maintenances':
      return bodyOf(JSON.stringify(scheduledMaintenancesJson(v, ctx)), JSON_TYPE);
    case 'badge':
      return bodyOf(renderBadge(pick(v.title, locale), statusObject(v, ctx).description, v.status), 'image/svg+xml; charset=utf-8');
    case 'widget':
      return bodyOf(renderWidgetScript(`${baseUrl}/status/${v.slug}`, `${baseUrl}/status/${v.slug}/api/v2/status.json?lang=${locale}`), 'text/javascript; charset=utf-8');
    case 'atom':
      return bodyOf(buildFeed(v, ctx).atom1(), 'application/atom+xml; charset=utf-8');
    case 'rss':
      return bodyOf(buildFeed(v, ctx).rss2(), 'application/rss+xml; charset=utf-8');
  }
}

export interface ServeOptions {
  slug: string;
  variant: PublicVariant;
  /** APP_URL (or NEXTAUTH_URL); the request's origin otherwise. */
  appUrl?: string | null;
  cache?: PageCache;
  /** Resolves the reader of an internal page; defaults to the session or API token. */
  resolveReader?: (db: Db, headers: Headers) => Promise<Actor | null>;
}

/** What the public paths answer, as plain values: the status listener writes it to a socket as is. */
export interface PublicAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

/** The request as the answer needs it: the URL and a header reader (no WHATWG Request on the hot path). */
export interface PublicRequest {
  url: URL;
  header: (name: string) => string | null;
  /** Only built when an internal page needs the reader's session. */
  headers: () => Headers;
}

// No credentials at all: anonymous, without asking next-auth (which needs a request scope).
async function defaultReader(db: Db, headers: Headers): Promise<Actor | null> {
  if (!headers.get('authorization') && !headers.get('cookie')) return null;
  return resolveActor(db, headers);
}

const jsonAnswer = (status: number, body: unknown, headers: Record<string, string> = {}): PublicAnswer => ({
  status,
  headers: { 'content-type': JSON_TYPE, ...headers },
  body: Buffer.from(JSON.stringify(body)),
});

export async function answerPublic(db: Db, req: PublicRequest, opts: ServeOptions): Promise<PublicAnswer> {
  const cache = opts.cache ?? getStatusPageCache();
  const url = req.url;
  const baseUrl = (opts.appUrl || url.origin).replace(/\/+$/, '');
  const view = await cache.get(`view|${opts.slug}`, () => loadPageView(db, opts.slug));
  const isJson = opts.variant !== 'html';
  if (!view) {
    return isJson
      ? jsonAnswer(404, { error: { code: 'not_found', message: `No status page '${opts.slug}'.` } })
      : { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: Buffer.from('Not found') };
  }
  const restricted = view.visibility === 'internal' && !view.allowAnonymous;
  if (restricted) {
    const reader = await (opts.resolveReader ?? defaultReader)(db, req.headers());
    if (!reader) {
      if (opts.variant === 'html') return { status: 303, headers: { location: `${baseUrl}/login?callbackUrl=${encodeURIComponent(url.pathname + url.search)}` }, body: null };
      return jsonAnswer(401, { error: { code: 'unauthorized', message: 'This status page is internal: sign in first.' } });
    }
  }
  const locale = chooseLocale(url.searchParams.get('lang'), req.header('cookie'), req.header('accept-language'), view.defaultLocale);
  const noticeParam = url.searchParams.get('notice');
  const notice = opts.variant === 'html' && (notices as readonly string[]).includes(noticeParam ?? '') ? (noticeParam as Notice) : null;
  const key = `${opts.variant}|${opts.slug}|${locale}|${baseUrl}|${notice ?? ''}`;
  const out = await cache.get(key, async () => render(view, opts.variant, locale, baseUrl, notice));
  const headers: Record<string, string> = {
    'content-type': out.contentType,
    etag: out.etag,
    'cache-control': restricted ? 'private, no-cache' : 'public, no-cache',
    vary: 'Accept-Language, Cookie',
    'x-content-type-options': 'nosniff',
  };
  if (!restricted && isJson) headers['access-control-allow-origin'] = '*';
  if (req.header('if-none-match') === out.etag) return { status: 304, headers, body: null };
  return { status: 200, headers, body: out.body };
}

/** The same answer as a WHATWG Response, for the Next.js route handlers. */
export async function servePublic(db: Db, req: Request, opts: ServeOptions): Promise<Response> {
  const answer = await answerPublic(db, { url: new URL(req.url), header: (n) => req.headers.get(n), headers: () => req.headers }, opts);
  return new Response(answer.body as unknown as BodyInit | null, { status: answer.status, headers: answer.headers });
}
