// Shared set-up for the status page tests: pages made through the API, incidents with an
// impact, and an anonymous reader of the public paths (no cookie, no token).
import { GET as atom } from '@/app/status/[slug]/history.atom/route';
import { GET as rss } from '@/app/status/[slug]/history.rss/route';
import { GET as badge } from '@/app/status/[slug]/badge.svg/route';
import { GET as widget } from '@/app/status/[slug]/widget.js/route';
import { GET as html } from '@/app/status/[slug]/route';
import { GET as incidents } from '@/app/status/[slug]/api/v2/incidents.json/route';
import { GET as maintenances } from '@/app/status/[slug]/api/v2/scheduled-maintenances.json/route';
import { GET as status } from '@/app/status/[slug]/api/v2/status.json/route';
import { GET as summary } from '@/app/status/[slug]/api/v2/summary.json/route';
import { POST as createPage } from '@/app/api/v1/status-pages/route';
import type { Db } from '@/lib/db/client';
import { callRoute, type TestActor } from '../../support/actors.ts';
import { uniqueId } from '../../support/db.ts';

export const publicPaths = { html, summary, status, incidents, maintenances, badge, widget, atom, rss } as const;
export type PublicPath = keyof typeof publicPaths;

const suffix: Record<PublicPath, string> = {
  html: '',
  summary: '/api/v2/summary.json',
  status: '/api/v2/status.json',
  incidents: '/api/v2/incidents.json',
  maintenances: '/api/v2/scheduled-maintenances.json',
  badge: '/badge.svg',
  widget: '/widget.js',
  atom: '/history.atom',
  rss: '/history.rss',
};

/** What an anonymous reader gets from one public path. */
export async function readPublic(slug: string, path: PublicPath, headers: Record<string, string> = {}, query = '') {
  return callRoute(publicPaths[path] as never, { path: `/status/${slug}${suffix[path]}${query}`, params: { slug }, headers });
}

export async function createServiceRow(db: Db, name?: string): Promise<{ id: string; slug: string; name: string }> {
  const slug = uniqueId('svc-status');
  const n = name ?? `Service ${slug}`;
  const s = await db.service.create({ data: { slug, name: n }, select: { id: true } });
  return { id: s.id, slug, name: n };
}

export async function createPageViaApi(admin: TestActor, body: Record<string, unknown>) {
  return callRoute(createPage, { method: 'POST', headers: admin.headers, body });
}

export async function waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
