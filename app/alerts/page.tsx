import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AlertList } from '@/components/alerts/alert-list';
import { AlertsLive } from '@/components/alerts/alerts-live';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/field';
import { listAlertSourceOptions } from '@/lib/alerts/get-alert-source';
import { listAlerts } from '@/lib/alerts/list-alerts';
import { alertStatuses, listAlertsQuery, type AlertSummaryOutput } from '@/lib/alerts/schemas';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('alerts'))('title') };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const severities = ['critical', 'error', 'warning', 'info'];

export default async function AlertsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor('viewer', '/alerts');
  const t = await getTranslations('alerts');
  const format = await getFormatter();
  const sp = await searchParams;
  const parsed = listAlertsQuery.safeParse({ status: one(sp.status), service: one(sp.service), source: one(sp.source), severity: one(sp.severity), cursor: one(sp.cursor), limit: 50 });
  const filters = parsed.success ? parsed.data : listAlertsQuery.parse({});
  const db = getDb();
  const filtered = !!(filters.status || filters.service || filters.source || filters.severity || filters.cursor);
  const [all, firing, sources] = await Promise.all([
    listAlerts(db, { actor, input: filters }),
    filtered ? null : listAlerts(db, { actor, input: { ...filters, status: 'firing', limit: 200 } }),
    listAlertSourceOptions(db, { actor }),
  ]);
  const lastSeen = (items: AlertSummaryOutput[]) => Object.fromEntries(items.map((a) => [a.id, format.relativeTime(new Date(a.lastSeenAt))]));
  const next = all.nextCursor ? `/alerts?${new URLSearchParams({ ...Object.fromEntries(Object.entries({ status: filters.status, service: filters.service, source: filters.source, severity: filters.severity }).filter(([, v]) => v) as [string, string][]), cursor: all.nextCursor })}` : null;

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<AlertsLive />} />
      <form method="get" action="/alerts" aria-label={t('filters.label')} className="mb-6 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-end" data-testid="alert-filters">
        <label className="text-sm">
          <span className="mb-1 block text-slate-700">{t('filters.status')}</span>
          <Select name="status" defaultValue={filters.status ?? ''}>
            <option value="">{t('filters.any')}</option>
            {alertStatuses.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </Select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-700">{t('filters.severity')}</span>
          <Select name="severity" defaultValue={filters.severity ?? ''}>
            <option value="">{t('filters.any')}</option>
            {severities.map((s) => <option key={s} value={s}>{s}</option>)}
          </Select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-700">{t('filters.service')}</span>
          <Input name="service" defaultValue={filters.service ?? ''} placeholder="auth" />
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-700">{t('filters.source')}</span>
          <Select name="source" defaultValue={filters.source ?? ''}>
            <option value="">{t('filters.any')}</option>
            {sources.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </Select>
        </label>
        <div className="col-span-2 flex gap-2">
          <button type="submit" className={buttonClass('primary')}>{t('filters.apply')}</button>
          {filtered ? <Link href="/alerts" className={buttonClass('secondary')}>{t('filters.clear')}</Link> : null}
        </div>
      </form>
      {firing ? (
        <section className="mb-8" data-testid="firing-section">
          <h2 className="mb-2 text-lg font-semibold">{t('firing')}</h2>
          <AlertList alerts={firing.items} lastSeenText={lastSeen(firing.items)} empty={t('noneFiring')} />
        </section>
      ) : null}
      <section data-testid="all-section">
        <h2 className="mb-2 text-lg font-semibold">{t('recent')}</h2>
        <AlertList alerts={all.items} lastSeenText={lastSeen(all.items)} empty={t('none')} />
        <div className="mt-4 flex gap-2">
          {filters.cursor ? <Link className={buttonClass('secondary')} href="/alerts">{t('firstPage')}</Link> : null}
          {next ? <Link className={buttonClass('secondary')} href={next}>{t('nextPage')}</Link> : null}
        </div>
      </section>
    </>
  );
}
