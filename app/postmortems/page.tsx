// The postmortem library: published postmortems, newest first, searchable by words (a plain
// GET form, so it works without JavaScript). Filters by service, severity and category are in
// the API (GET /api/v1/postmortems) and come to this page with the editor work.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SeverityBadge } from '@/components/incidents/badges';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { listPostmortems } from '@/lib/postmortems/list-postmortems';
import { listPostmortemsQuery } from '@/lib/postmortems/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('postmortems.list'))('title') };
}

export default async function PostmortemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor('viewer', '/postmortems');
  const t = await getTranslations('postmortems');
  const format = await getFormatter();
  const sp = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const q = first(sp.q)?.trim().slice(0, 200) || undefined;
  const cursor = first(sp.cursor);
  const db = getDb();
  const page = await listPostmortems(db, { actor, query: listPostmortemsQuery.parse({ q, cursor, limit: 50 }) }).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'invalid') return listPostmortems(db, { actor, query: listPostmortemsQuery.parse({ q, limit: 50 }) });
    throw e;
  });
  const qs = q ? `q=${encodeURIComponent(q)}&` : '';
  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.intro')} />
      <form method="get" action="/postmortems" className="mb-4 flex flex-wrap gap-2" role="search">
        <label className="sr-only" htmlFor="postmortem-search">{t('list.search')}</label>
        <input id="postmortem-search" name="q" type="search" defaultValue={q ?? ''} placeholder={t('list.search')} className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm" data-testid="postmortem-search" />
        <button type="submit" className={buttonClass('secondary')}>{t('list.searchButton')}</button>
      </form>
      <Card>
        {page.items.length === 0 ? (
          <p className="py-4 text-slate-600" data-testid="postmortems-empty">{t('list.empty')}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="postmortems-list">
            {page.items.map((p) => (
              <li key={p.id} className="py-3">
                <div className="flex flex-wrap items-center gap-2">
                  <SeverityBadge severity={p.severity} />
                  <Link href={`/incidents/${p.reference}/postmortem`} className="font-medium text-brand-700 underline">
                    {p.reference} {p.title}
                  </Link>
                  {p.publishedAt ? <span className="text-xs text-slate-500">{format.dateTime(new Date(p.publishedAt), { dateStyle: 'medium' })}</span> : null}
                </div>
                {p.summary ? <p className="mt-1 line-clamp-2 text-sm text-slate-700">{p.summary}</p> : null}
                {p.services.length || p.categories.length ? (
                  <p className="mt-1 text-xs text-slate-500">
                    {[...p.services, ...p.categories.map((c) => t(`factorCategories.${c}`))].join(' · ')}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <nav className="mt-4 flex gap-2" aria-label={t('list.title')}>
        {cursor ? <Link href={`/postmortems${q ? `?q=${encodeURIComponent(q)}` : ''}`} className={buttonClass('ghost')}>{t('list.firstPage')}</Link> : null}
        {page.nextCursor ? <Link href={`/postmortems?${qs}cursor=${page.nextCursor}`} className={buttonClass('secondary')}>{t('list.nextPage')}</Link> : null}
      </nav>
    </>
  );
}
