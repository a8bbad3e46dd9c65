import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CreateSourcePanel } from '@/components/alerts/create-source-panel';
import { PageHeader } from '@/components/ui/card';
import { listAlertSources } from '@/lib/alerts/get-alert-source';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { requestOrigin } from './request-origin';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('alerts.sources'))('title') };
}

export default async function AlertSourcesPage() {
  const actor = await requirePageActor('admin', '/admin/alert-sources');
  const { items } = await listAlertSources(getDb(), { actor });
  const t = await getTranslations('alerts.sources');
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <CreateSourcePanel origin={await requestOrigin()} />
      {items.length === 0 ? <p className="text-sm text-slate-600">{t('none')}</p> : (
        <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200" data-testid="source-list">
          {items.map((s) => (
            <li key={s.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:justify-between" data-testid="source-row">
              <div className="min-w-0">
                <Link href={`/admin/alert-sources/${s.id}`} className="break-words font-medium text-brand-700 hover:underline">{s.name}</Link>
                <span className="ml-2 text-xs text-slate-500">{t(`types.${s.type as 'alertmanager'}`)} · {s.enabled ? t('enabled') : t('disabled')}</span>
                <p className="text-xs text-slate-600">{t('counts', { alerts: s.alertCount, firing: s.firingCount, occurrences: s.occurrenceCount })} · {t('rejectedCount', { count: s.rejectedCount })}</p>
              </div>
              <p className="text-xs text-slate-600">{t('lastReceived')}: {s.lastReceivedAt ? format.relativeTime(new Date(s.lastReceivedAt)) : t('never')}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
