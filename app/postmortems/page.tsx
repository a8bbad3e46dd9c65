// The postmortem library, newest first, filtered by service, severity, root-cause category,
// words and (responders) status. Responders see every status by default (drafts are findable)
// and a "waiting for my review" tab; viewers see published ones. A plain GET form: the filters live in the
// URL's search params, so a view can be linked and works without JavaScript.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SeverityBadge } from '@/components/incidents/badges';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { hasRole } from '@/lib/auth/roles';
import { severities } from '@/lib/incidents/schemas';
import { listPostmortems } from '@/lib/postmortems/list-postmortems';
import { listPostmortemsQuery, postmortemStatuses } from '@/lib/postmortems/schemas';
import { factorCategories } from '@/lib/root-causes/schemas';
import { listServiceOptions } from '@/lib/services/list-service-options';

const selectClass = 'rounded-md border border-slate-300 bg-white px-2 py-2 text-sm';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('postmortems.list'))('title') };
}

export default async function PostmortemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor('viewer', '/postmortems');
  const t = await getTranslations('postmortems');
  const ts = await getTranslations('story.postmortemList');
  const format = await getFormatter();
  const sp = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const canSeeDrafts = hasRole(actor, 'responder');
  const pick = <T extends string>(v: string | undefined, allowed: readonly T[]) => allowed.find((a) => a === v);
  const filters = {
    q: first(sp.q)?.trim().slice(0, 200) || undefined,
    service: first(sp.service)?.trim().slice(0, 100) || undefined,
    severity: pick(first(sp.severity), severities),
    category: pick(first(sp.category), factorCategories),
    status: canSeeDrafts ? pick(first(sp.status), postmortemStatuses) : undefined,
    review: canSeeDrafts && first(sp.review) === 'mine' ? 'mine' : undefined,
  };
  const { review, ...listFilters } = filters;
  const everyStatus = canSeeDrafts && !listFilters.status ? { status: postmortemStatuses.join(',') } : {};
  const defined = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const listed = { ...Object.fromEntries(Object.entries(listFilters).filter(([, v]) => v !== undefined)), ...everyStatus, ...(review ? { waitingForMyReview: 'true' } : {}) };
  const cursor = first(sp.cursor);
  const db = getDb();
  const [page, services] = await Promise.all([
    listPostmortems(db, { actor, query: listPostmortemsQuery.parse({ ...listed, cursor, limit: 50 }) }).catch((e: unknown) => {
      if (isAppError(e) && e.code === 'invalid') return listPostmortems(db, { actor, query: listPostmortemsQuery.parse({ ...listed, limit: 50 }) });
      throw e;
    }),
    listServiceOptions(db, { actor }),
  ]);
  const base = new URLSearchParams(defined).toString();
  const qs = base ? `${base}&` : '';
  const filtered = base.length > 0;
  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.intro')} />
      {canSeeDrafts ? (
        <nav className="mb-3 flex flex-wrap gap-2 text-sm" aria-label={ts('tabs')} data-testid="postmortem-tabs">
          {([['all', ''], ['draft', 'status=draft'], ['in_review', 'status=in_review'], ['published', 'status=published'], ['mine', 'review=mine']] as const).map(([key, q]) => {
            const current = key === 'mine' ? review === 'mine' : key === 'all' ? !review && !filters.status : !review && filters.status === key;
            return (
              <Link key={key} href={`/postmortems${q ? `?${q}` : ''}`} aria-current={current ? 'page' : undefined} data-testid={`postmortem-tab-${key}`}
                className={`rounded-full px-3 py-1 ring-1 ${current ? 'bg-brand-600 text-white ring-brand-600' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50'}`}>
                {ts(`tab.${key}`)}
              </Link>
            );
          })}
        </nav>
      ) : null}
      <form method="get" action="/postmortems" className="mb-4 flex flex-wrap items-end gap-2" role="search" data-testid="postmortem-filters">
        <label className="flex min-w-48 max-w-full flex-1 flex-col text-xs text-slate-600">
          {t('list.filters.words')}
          <input name="q" type="search" defaultValue={filters.q ?? ''} placeholder={t('list.search')} className="rounded-md border border-slate-300 px-3 py-2 text-sm" data-testid="postmortem-search" />
        </label>
        <label className="flex min-w-0 max-w-full flex-col text-xs text-slate-600">
          {t('list.filters.service')}
          <select name="service" defaultValue={filters.service ?? ''} className={selectClass} data-testid="postmortem-filter-service">
            <option value="">{t('list.filters.any')}</option>
            {services.map((s) => <option key={s.slug} value={s.slug}>{s.name}</option>)}
          </select>
        </label>
        <label className="flex min-w-0 max-w-full flex-col text-xs text-slate-600">
          {t('list.filters.severity')}
          <select name="severity" defaultValue={filters.severity ?? ''} className={selectClass} data-testid="postmortem-filter-severity">
            <option value="">{t('list.filters.any')}</option>
            {severities.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label className="flex min-w-0 max-w-full flex-col text-xs text-slate-600">
          {t('list.filters.category')}
          <select name="category" defaultValue={filters.category ?? ''} className={selectClass} data-testid="postmortem-filter-category">
            <option value="">{t('list.filters.any')}</option>
            {factorCategories.map((c) => <option key={c} value={c}>{t(`factorCategories.${c}`)}</option>)}
          </select>
        </label>
        {review ? <input type="hidden" name="review" value="mine" /> : null}
        {canSeeDrafts ? (
          <label className="flex min-w-0 max-w-full flex-col text-xs text-slate-600">
            {t('list.filters.status')}
            <select name="status" defaultValue={filters.status ?? ''} className={selectClass} data-testid="postmortem-filter-status">
              <option value="">{canSeeDrafts ? ts('tab.all') : t('list.filters.published')}</option>
              {postmortemStatuses.map((s) => <option key={s} value={s}>{t(`statuses.${s}`)}</option>)}
            </select>
          </label>
        ) : null}
        <button type="submit" className={buttonClass('secondary')} data-testid="postmortem-filter-apply">{t('list.filters.apply')}</button>
        {filtered ? <Link href="/postmortems" className={buttonClass('ghost')}>{t('list.filters.clear')}</Link> : null}
      </form>
      <Card>
        {page.items.length === 0 ? (
          <p className="py-4 text-slate-600" data-testid="postmortems-empty">{t('list.empty')}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="postmortems-list">
            {page.items.map((p) => (
              <li key={p.id} className="py-3" data-testid="postmortem-row">
                <div className="flex flex-wrap items-center gap-2">
                  <SeverityBadge severity={p.severity} />
                  <Link href={`/incidents/${p.reference}/postmortem`} className="font-medium text-brand-700 underline">
                    {p.reference} {p.title}
                  </Link>
                  {p.status !== 'published' ? <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">{t(`statuses.${p.status}`)}</span> : null}
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
        {cursor ? <Link href={`/postmortems${base ? `?${base}` : ''}`} className={buttonClass('ghost')}>{t('list.firstPage')}</Link> : null}
        {page.nextCursor ? <Link href={`/postmortems?${qs}cursor=${page.nextCursor}`} className={buttonClass('secondary')}>{t('list.nextPage')}</Link> : null}
      </nav>
    </>
  );
}
