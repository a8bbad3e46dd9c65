// Action items across all incidents: all, mine or overdue, by team, service and status, with
// the completion rate. The filters live in the URL's search params (a plain GET form), so a
// view can be linked. Read-only here; items are added and changed from the postmortem.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { CsvLink } from '@/components/export/csv-link';
import { Card, PageHeader } from '@/components/ui/card';
import { listActionItems } from '@/lib/action-items/list-action-items';
import { actionItemStatuses, listActionItemsQuery } from '@/lib/action-items/schemas';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { listServiceOptions } from '@/lib/services/list-service-options';
import { listTeamOptions } from '@/lib/teams/list-team-options';
import { Table } from '@/components/ui/table';

const selectClass = 'rounded-md border border-slate-300 bg-white px-2 py-2 text-sm';
const statusChoices = ['open_or_in_progress', ...actionItemStatuses] as const;

const views = ['all', 'mine', 'overdue'] as const;
type View = (typeof views)[number];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('postmortems.actionItems.page'))('title') };
}

export default async function ActionItemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor('viewer', '/action-items');
  const t = await getTranslations('postmortems');
  const sp = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const view: View = views.find((v) => v === first(sp.view)) ?? 'all';
  const cursor = first(sp.cursor);
  const team = first(sp.team)?.trim().slice(0, 100) || undefined;
  const service = first(sp.service)?.trim().slice(0, 100) || undefined;
  const status = statusChoices.find((s) => s === first(sp.status));
  // The URL's own filters (without the cursor), for links that keep them.
  const urlFilters = Object.fromEntries(Object.entries({ view: view === 'all' ? undefined : view, team, service, status }).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const link = (over: Record<string, string | undefined>) => {
    const qs = new URLSearchParams(Object.fromEntries(Object.entries({ ...urlFilters, ...over }).filter(([, v]) => v !== undefined)) as Record<string, string>).toString();
    return qs ? `/action-items?${qs}` : '/action-items';
  };
  const filters = {
    mine: view === 'mine' && actor.userId ? 'true' : undefined,
    overdue: view === 'overdue' ? 'true' : undefined,
    team,
    service,
    status: status === 'open_or_in_progress' ? 'open,in_progress' : status,
  };
  const db = getDb();
  // A stale or hand-edited cursor shows the first page rather than an error.
  const [page, teams, services] = await Promise.all([
    listActionItems(db, { actor, query: listActionItemsQuery.parse({ ...filters, cursor, limit: 100 }) }).catch((e: unknown) => {
      if (isAppError(e) && e.code === 'invalid') return listActionItems(db, { actor, query: listActionItemsQuery.parse({ ...filters, limit: 100 }) });
      throw e;
    }),
    listTeamOptions(db, { actor }),
    listServiceOptions(db, { actor }),
  ]);
  return (
    <>
      <PageHeader title={t('actionItems.page.title')} description={t('actionItems.page.intro')} actions={<CsvLink href="/api/v1/action-items.csv" query={filters} />} />
      <nav className="mb-4 flex flex-wrap gap-2" aria-label={t('actionItems.page.title')}>
        {views.map((v) => (
          <Link key={v} href={link({ view: v === 'all' ? undefined : v })} aria-current={v === view ? 'page' : undefined} className={buttonClass(v === view ? 'primary' : 'secondary')} data-testid={`action-items-view-${v}`}>
            {t(`actionItems.page.${v}`)}
          </Link>
        ))}
      </nav>
      <form method="get" action="/action-items" className="mb-4 flex flex-wrap items-end gap-2" data-testid="action-item-filters">
        {view !== 'all' ? <input type="hidden" name="view" value={view} /> : null}
        <label className="flex flex-col text-xs text-slate-600">
          {t('actionItems.page.filters.team')}
          <select name="team" defaultValue={team ?? ''} className={selectClass} data-testid="action-item-filter-team">
            <option value="">{t('actionItems.page.filters.any')}</option>
            {teams.map((x) => <option key={x.slug} value={x.slug}>{x.name}</option>)}
          </select>
        </label>
        <label className="flex flex-col text-xs text-slate-600">
          {t('actionItems.page.filters.service')}
          <select name="service" defaultValue={service ?? ''} className={selectClass} data-testid="action-item-filter-service">
            <option value="">{t('actionItems.page.filters.any')}</option>
            {services.map((x) => <option key={x.slug} value={x.slug}>{x.name}</option>)}
          </select>
        </label>
        <label className="flex flex-col text-xs text-slate-600">
          {t('actionItems.page.filters.status')}
          <select name="status" defaultValue={status ?? ''} className={selectClass} data-testid="action-item-filter-status">
            <option value="">{t('actionItems.page.filters.any')}</option>
            {statusChoices.map((x) => <option key={x} value={x}>{x === 'open_or_in_progress' ? t('actionItems.page.filters.open') : t(`actionItems.statuses.${x}`)}</option>)}
          </select>
        </label>
        <button type="submit" className={buttonClass('secondary')} data-testid="action-item-filter-apply">{t('actionItems.page.filters.apply')}</button>
        {team || service || status ? <Link href={link({ team: undefined, service: undefined, status: undefined })} className={buttonClass('ghost')}>{t('actionItems.page.filters.clear')}</Link> : null}
      </form>
      <Card>
        {page.completionRate !== null ? <p className="mb-3 text-sm text-slate-600" data-testid="action-items-completion">{t('actionItems.page.completion', { rate: page.completionRate })}</p> : null}
        {page.items.length === 0 ? (
          <p className="py-4 text-slate-600" data-testid="action-items-empty">{t('actionItems.page.empty')}</p>
        ) : (
          <div className="overflow-x-auto">
            <Table data-testid="action-items-table">
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">{t('actionItems.page.incident')}</th>
                  {(['kind', 'title', 'owner', 'due', 'priority', 'status'] as const).map((c) => (
                    <th key={c} scope="col" className="py-1 pr-3 font-medium">{t(`page.columns.${c}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {page.items.map((a) => (
                  <tr key={a.id} className="border-t border-slate-100">
                    <td data-label={t('actionItems.page.incident')} className="py-1 pr-3">
                      <Link href={`/incidents/${a.incidentReference}/postmortem`} className="text-brand-700 underline">{a.incidentReference}</Link>
                    </td>
                    <td data-label={t('page.columns.kind')} className="py-1 pr-3">{t(`actionItems.kinds.${a.kind}`)}</td>
                    <td data-label={t('page.columns.title')} className="py-1 pr-3">{a.externalUrl ? <a href={a.externalUrl} className="text-brand-700 underline" rel="noopener noreferrer">{a.title}</a> : a.title}</td>
                    <td data-label={t('page.columns.owner')} className="py-1 pr-3">{a.owner?.name ?? '—'}</td>
                    <td data-label={t('page.columns.due')} className={`py-1 pr-3 ${a.overdue ? 'font-medium text-red-700' : ''}`}>
                      {a.dueDate ?? '—'}
                      {a.overdue ? ` (${t('actionItems.overdue')})` : null}
                    </td>
                    <td data-label={t('page.columns.priority')} className="py-1 pr-3">{t(`actionItems.priorities.${a.priority}`)}</td>
                    <td data-label={t('page.columns.status')} className="py-1 pr-3">{t(`actionItems.statuses.${a.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        )}
      </Card>
      <nav className="mt-4 flex gap-2" aria-label={t('actionItems.page.title')}>
        {cursor ? <Link href={link({})} className={buttonClass('ghost')}>{t('actionItems.page.firstPage')}</Link> : null}
        {page.nextCursor ? <Link href={link({ cursor: page.nextCursor })} className={buttonClass('secondary')}>{t('actionItems.page.nextPage')}</Link> : null}
      </nav>
    </>
  );
}
