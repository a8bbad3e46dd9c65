// Action items across all incidents: all, mine or overdue, with the completion rate. Read-only
// here; items are added and changed from the postmortem.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { listActionItems } from '@/lib/action-items/list-action-items';
import { listActionItemsQuery } from '@/lib/action-items/schemas';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';

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
  const filters = { mine: view === 'mine' && actor.userId ? 'true' : undefined, overdue: view === 'overdue' ? 'true' : undefined };
  const db = getDb();
  // A stale or hand-edited cursor shows the first page rather than an error.
  const page = await listActionItems(db, { actor, query: listActionItemsQuery.parse({ ...filters, cursor, limit: 100 }) }).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'invalid') return listActionItems(db, { actor, query: listActionItemsQuery.parse({ ...filters, limit: 100 }) });
    throw e;
  });
  return (
    <>
      <PageHeader title={t('actionItems.page.title')} description={t('actionItems.page.intro')} />
      <nav className="mb-4 flex flex-wrap gap-2" aria-label={t('actionItems.page.title')}>
        {views.map((v) => (
          <Link key={v} href={v === 'all' ? '/action-items' : `/action-items?view=${v}`} aria-current={v === view ? 'page' : undefined} className={buttonClass(v === view ? 'primary' : 'secondary')} data-testid={`action-items-view-${v}`}>
            {t(`actionItems.page.${v}`)}
          </Link>
        ))}
      </nav>
      <Card>
        {page.completionRate !== null ? <p className="mb-3 text-sm text-slate-600" data-testid="action-items-completion">{t('actionItems.page.completion', { rate: page.completionRate })}</p> : null}
        {page.items.length === 0 ? (
          <p className="py-4 text-slate-600" data-testid="action-items-empty">{t('actionItems.page.empty')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="action-items-table">
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
                    <td className="py-1 pr-3">
                      <Link href={`/incidents/${a.incidentReference}/postmortem`} className="text-brand-700 underline">{a.incidentReference}</Link>
                    </td>
                    <td className="py-1 pr-3">{t(`actionItems.kinds.${a.kind}`)}</td>
                    <td className="py-1 pr-3">{a.externalUrl ? <a href={a.externalUrl} className="text-brand-700 underline" rel="noopener noreferrer">{a.title}</a> : a.title}</td>
                    <td className="py-1 pr-3">{a.owner?.name ?? '—'}</td>
                    <td className={`py-1 pr-3 ${a.overdue ? 'font-medium text-red-700' : ''}`}>
                      {a.dueDate ?? '—'}
                      {a.overdue ? ` (${t('actionItems.overdue')})` : null}
                    </td>
                    <td className="py-1 pr-3">{t(`actionItems.priorities.${a.priority}`)}</td>
                    <td className="py-1 pr-3">{t(`actionItems.statuses.${a.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <nav className="mt-4 flex gap-2" aria-label={t('actionItems.page.title')}>
        {cursor ? <Link href={view === 'all' ? '/action-items' : `/action-items?view=${view}`} className={buttonClass('ghost')}>{t('actionItems.page.firstPage')}</Link> : null}
        {page.nextCursor ? <Link href={`/action-items?view=${view}&cursor=${page.nextCursor}`} className={buttonClass('secondary')}>{t('actionItems.page.nextPage')}</Link> : null}
      </nav>
    </>
  );
}
