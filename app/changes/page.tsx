import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ChangeTable } from '@/components/changes/change-table';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { listChanges } from '@/lib/changes/list-changes';
import type { ListChangesQuery } from '@/lib/changes/schemas';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { listServiceOptions } from '@/lib/services/list-service-options';
import { listTeamOptions } from '@/lib/teams/list-team-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('changes'))('title') };
}

type Search = Record<string, string | string[] | undefined>;
type When = ListChangesQuery['when'];
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const whens: When[] = ['upcoming', 'recent', 'all'];

interface Filters { when: When; service?: string; team?: string }

function href(f: Filters, cursor?: string): string {
  const p = new URLSearchParams({ when: f.when });
  if (f.service) p.set('service', f.service);
  if (f.team) p.set('team', f.team);
  if (cursor) p.set('cursor', cursor);
  return `/changes?${p.toString()}`;
}

export default async function ChangesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor('viewer', '/changes');
  const t = await getTranslations('changes');
  const sp = await searchParams;
  const when = whens.find((w) => w === one(sp.when)) ?? 'upcoming';
  const filters: Filters = { when, service: one(sp.service)?.slice(0, 100), team: one(sp.team)?.slice(0, 100) };
  const cursor = one(sp.cursor);
  const db = getDb();
  const input = { when, service: filters.service, team: filters.team, limit: 50 };
  // A stale or hand-edited cursor shows the first page rather than an error.
  const page = await listChanges(db, { actor, input: { ...input, cursor } }).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'invalid') return listChanges(db, { actor, input });
    throw e;
  });
  const [services, teams] = [await listServiceOptions(db, { actor }), await listTeamOptions(db, { actor })];

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <nav className="mb-4 flex gap-1" aria-label={t('title')}>
        {whens.map((w) => (
          <Link key={w} href={href({ ...filters, when: w })} aria-current={w === when ? 'page' : undefined} data-testid={`changes-tab-${w}`}
            className={buttonClass(w === when ? 'primary' : 'ghost')}>
            {t(`tabs.${w}`)}
          </Link>
        ))}
      </nav>
      <form method="get" action="/changes" className="mb-4 flex flex-wrap items-end gap-3 text-sm" data-testid="changes-filters">
        <input type="hidden" name="when" value={when} />
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t('filters.service')}</span>
          <select name="service" defaultValue={filters.service ?? ''} className="rounded-md border border-slate-300 px-2 py-1.5">
            <option value="">{t('filters.any')}</option>
            {services.map((s) => <option key={s.slug} value={s.slug}>{s.name}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t('filters.team')}</span>
          <select name="team" defaultValue={filters.team ?? ''} className="rounded-md border border-slate-300 px-2 py-1.5">
            <option value="">{t('filters.any')}</option>
            {teams.map((x) => <option key={x.slug} value={x.slug}>{x.name}</option>)}
          </select>
        </label>
        <button type="submit" className={buttonClass('secondary')}>{t('filters.apply')}</button>
      </form>
      {page.items.length === 0 ? <p className="text-sm text-slate-600" data-testid="changes-empty">{t('empty')}</p> : <ChangeTable changes={page.items} />}
      <nav className="mt-4 flex gap-2" aria-label={t('title')}>
        {cursor ? <Link href={href(filters)} className={buttonClass('ghost')}>{t('firstPage')}</Link> : null}
        {page.nextCursor ? <Link href={href(filters, page.nextCursor)} className={buttonClass('secondary')} data-testid="changes-next">{t('nextPage')}</Link> : null}
      </nav>
    </>
  );
}
