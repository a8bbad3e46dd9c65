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
export function chooseLocale(req: Request, pageDefault: Locale): Locale {
  const lang = new URL(req.url).searchParams.get('lang');
  if (isLocale(lang)) return lang;
  const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`).exec(req.headers.get('cookie') ?? '')?.[1];
  if (cookie && isLocale(decodeURIComponent(cookie))) return decodeURIComponent(cookie) as Locale;
  for (const part of (req.headers.get('accept-language') ?? '').split(',')) {
    const tag = part.trim().split(';')[0]?.toLowerCase() ?? '';
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return pageDefault;
}

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
  resolveReader?: (db: Db, req: Request) => Promise<Actor | null>;
}

// No credentials at all: anonymous, without asking next-auth (which needs a request scope).
async function defaultReader(db: Db, req: Request): Promise<Actor | null> {
  if (!req.headers.get('authorization') && !req.headers.get('cookie')) return null;
  return resolveActor(db, req.headers);
}

export async function servePublic(db: Db, req: Request, opts: ServeOptions): Promise<Response> {
  const cache = opts.cache ?? getStatusPageCache();
  const url = new URL(req.url);
  const baseUrl = (opts.appUrl || url.origin).replace(/\/+$/, '');
  const view = await cache.get(`view|${opts.slug}`, () => loadPageView(db, opts.slug));
  const isJson = opts.variant !== 'html';
  if (!view) {
    return isJson
      ? Response.json({ error: { code: 'not_found', message: `No status page '${opts.slug}'.` } }, { status: 404 })
      : new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const restricted = view.visibility === 'internal' && !view.allowAnonymous;
  if (restricted) {
    const reader = await (opts.resolveReader ?? defaultReader)(db, req);
    if (!reader) {
      if (opts.variant === 'html') return Response.redirect(`${baseUrl}/login?callbackUrl=${encodeURIComponent(url.pathname + url.search)}`, 303);
      return Response.json({ error: { code: 'unauthorized', message: 'This status page is internal: sign in first.' } }, { status: 401 });
    }
  }
  const locale = chooseLocale(req, view.defaultLocale);
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
  if (req.headers.get('if-none-match') === out.etag) return new Response(null, { status: 304, headers });
  return new Response(out.body as unknown as BodyInit, { status: 200, headers });
}
