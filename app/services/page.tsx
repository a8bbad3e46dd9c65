import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ServiceFilters, type ServiceFilterValues } from '@/components/services/service-filters';
import { ServiceTable } from '@/components/services/service-table';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { listServices } from '@/lib/services/list-services';
import { listTeamOptions } from '@/lib/teams/list-team-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('catalogue.services'))('title') };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

function filtersFrom(sp: Search): ServiceFilterValues {
  const tier = Number(one(sp.tier));
  return { q: one(sp.q)?.slice(0, 100), team: one(sp.team)?.slice(0, 50), tier: tier >= 1 && tier <= 4 ? tier : undefined };
}

function pageHref(f: ServiceFilterValues, cursor?: string): string {
  const p = new URLSearchParams();
  if (f.q) p.set('q', f.q);
  if (f.team) p.set('team', f.team);
  if (f.tier) p.set('tier', String(f.tier));
  if (cursor) p.set('cursor', cursor);
  const s = p.toString();
  return s ? `/services?${s}` : '/services';
}

export default async function ServicesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor('viewer', '/services');
  const t = await getTranslations('catalogue.services');
  const sp = await searchParams;
  const filters = filtersFrom(sp);
  const cursor = one(sp.cursor);
  const db = getDb();
  // A stale or hand-edited cursor shows the first page rather than an error.
  const page = await listServices(db, { actor, input: { ...filters, cursor, limit: 50 } }).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'invalid') return listServices(db, { actor, input: { ...filters, limit: 50 } });
    throw e;
  });
  const teams = await listTeamOptions(db, { actor });
  const canEdit = hasRole(actor, 'responder');
  const filtered = !!(filters.q || filters.team || filters.tier || cursor);
  const createButton = canEdit ? <Link href="/services/new" className={buttonClass('primary')} data-testid="service-new">{t('new')}</Link> : null;

  if (page.items.length === 0 && !filtered) {
    return (
      <>
        <PageHeader title={t('title')} description={t('intro')} />
        <Card>
          <div className="flex flex-col items-start gap-3 py-6" data-testid="services-empty">
            <p className="text-slate-600">{canEdit ? t('empty') : t('emptyViewer')}</p>
            {createButton}
          </div>
        </Card>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} actions={createButton} />
      <ServiceFilters values={filters} teams={teams} />
      {page.items.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="services-no-match">{t('noMatch')}</p>
      ) : (
        <ServiceTable services={page.items} teamNames={new Map(teams.map((x) => [x.slug, x.name]))} />
      )}
      <nav className="mt-4 flex gap-2" aria-label={t('title')}>
        {cursor ? <Link href={pageHref(filters)} className={buttonClass('ghost')}>{t('firstPage')}</Link> : null}
        {page.nextCursor ? <Link href={pageHref(filters, page.nextCursor)} className={buttonClass('secondary')} data-testid="services-next">{t('nextPage')}</Link> : null}
      </nav>
    </>
  );
}
