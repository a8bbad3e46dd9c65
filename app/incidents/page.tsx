import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTimeZone, getTranslations } from 'next-intl/server';
import { DrillBadge, SeverityBadge, StatusBadge } from '@/components/incidents/badges';
import { IncidentFilters } from '@/components/incidents/incident-filters';
import { listHref, parseListParams, type SearchParams } from '@/components/incidents/list-params';
import { buttonClass } from '@/components/ui/button';
import { CsvLink } from '@/components/export/csv-link';
import { ErrorBanner, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { listIncidents } from '@/lib/incidents/list-incidents';
import { listServiceOptions } from '@/lib/services/list-service-options';
import { Table } from '@/components/ui/table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('incidents.list'))('title') };
}

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor('viewer', '/incidents');
  const t = await getTranslations('incidents');
  const format = await getFormatter();
  const params = parseListParams(await searchParams, await getTimeZone());
  const db = getDb();
  const [result, services] = await Promise.all([listIncidents(db, { actor, input: params.query }), listServiceOptions(db, { actor })]);
  const cursor = params.query.cursor;

  return (
    <>
      <PageHeader
        title={t('list.title')}
        actions={<>
          <CsvLink href="/api/v1/incidents.csv" query={{ ...params.query, limit: undefined, cursor: undefined, status: params.query.status?.join(','), severity: params.query.severity?.join(',') }} />
          {hasRole(actor, 'responder') ? <Link href="/incidents/new" className={buttonClass('primary')}>{t('declare.button')}</Link> : null}
        </>}
      />
      <IncidentFilters form={params.form} services={services} />
      {params.invalid ? <div className="mb-4"><ErrorBanner>{t('list.invalidFilters')}</ErrorBanner></div> : null}
      {result.items.length === 0 ? (
        <p className="rounded-lg bg-white p-6 text-center text-sm text-slate-600 ring-1 ring-slate-200" data-testid="incident-list-empty">{t('list.empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
          <Table data-testid="incident-list">
            <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">{t('list.incident')}</th>
                <th scope="col" className="px-3 py-2">{t('field.severity')}</th>
                <th scope="col" className="px-3 py-2">{t('field.status')}</th>
                <th scope="col" className="hidden px-3 py-2 md:table-cell">{t('field.services')}</th>
                <th scope="col" className="hidden px-3 py-2 md:table-cell">{t('role.commander')}</th>
                <th scope="col" className="px-3 py-2">{t('field.declaredAt')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.items.map((i) => (
                <tr key={i.id} data-testid="incident-row" data-number={i.number}>
                  <td data-label={t('list.incident')} className="px-3 py-2">
                    <Link href={`/incidents/${i.number}`} className="font-medium text-brand-700 hover:underline">
                      <span className="mr-2 font-mono text-xs text-slate-500">{i.reference}</span>
                      {i.title}
                    </Link>
                    {i.drill ? <span className="ml-2"><DrillBadge /></span> : null}
                    {i.updateOverdue ? <span className="ml-2 text-xs font-semibold text-red-700">{t('banner.updateOverdue')}</span> : null}
                  </td>
                  <td data-label={t('field.severity')} className="px-3 py-2"><SeverityBadge severity={i.severity} /></td>
                  <td data-label={t('field.status')} className="px-3 py-2"><StatusBadge status={i.status} /></td>
                  <td data-label={t('field.services')} className="hidden px-3 py-2 text-slate-700 md:table-cell">{i.services.map((s) => s.name).join(', ') || '—'}</td>
                  <td data-label={t('role.commander')} className="hidden px-3 py-2 text-slate-700 md:table-cell">{i.commander?.name ?? '—'}</td>
                  <td data-label={t('field.declaredAt')} className="whitespace-nowrap px-3 py-2 text-slate-700">
                    <time dateTime={i.declaredAt}>{format.dateTime(new Date(i.declaredAt), { dateStyle: 'medium', timeStyle: 'short' })}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
      <nav aria-label={t('list.pages')} className="mt-4 flex gap-2">
        {cursor ? <Link href={listHref(params.form)} className={buttonClass('secondary')}>{t('list.firstPage')}</Link> : null}
        {result.nextCursor ? (
          <Link href={listHref(params.form, result.nextCursor)} className={buttonClass('secondary')} data-testid="incident-list-next">
            {t('list.nextPage')}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
