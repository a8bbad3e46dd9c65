import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AlertFlags, AlertStatusBadge, CorrelationText, OutcomeText } from '@/components/alerts/alert-badges';
import { KeyValueText } from '@/components/alerts/key-value-text';
import { LinkAsTriggerButton } from '@/components/alerts/link-as-trigger-button';
import { Card, PageHeader } from '@/components/ui/card';
import { getAlert } from '@/lib/alerts/list-alerts';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('alerts'))('title') };
}

export default async function AlertPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor('viewer', `/alerts/${id}`);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const alert = await getAlert(getDb(), { actor, id }).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'not_found') notFound();
    throw e;
  });
  const t = await getTranslations('alerts');
  const format = await getFormatter();
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'medium' }) : '—');

  return (
    <>
      <p className="mb-2 text-sm"><Link href="/alerts" className="text-brand-700 hover:underline">← {t('detail.back')}</Link></p>
      <PageHeader title={<span className="break-words" data-testid="alert-summary">{alert.summary}</span>} />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <AlertStatusBadge status={alert.status} />
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{alert.severity}</span>
        <AlertFlags alert={alert} />
        <OutcomeText outcome={alert.outcome} reference={alert.incident?.reference ?? null} />
        {alert.incident ? <Link className="font-medium text-brand-700 hover:underline" href={`/incidents/${alert.incident.reference}`}>{alert.incident.reference}</Link> : null}
      </div>
      {alert.correlation ? (
        <Card className="mb-4 bg-amber-50" title={t('correlation.suspected')}>
          <p className="mb-2 text-sm text-amber-900"><CorrelationText c={alert.correlation} /> <Link className="underline" href={`/changes/${alert.correlation.changeId}`}>{alert.correlation.title}</Link></p>
          {alert.incident && hasRole(actor, 'responder') ? <LinkAsTriggerButton reference={alert.incident.reference} changeId={alert.correlation.changeId} /> : null}
        </Card>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t('detail.facts')}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-500">{t('column.source')}</dt><dd>{alert.source.name}</dd>
            <dt className="text-slate-500">{t('column.service')}</dt><dd>{alert.service ? <Link className="underline" href={`/services/${alert.service.slug}`}>{alert.service.name}</Link> : '—'}</dd>
            <dt className="text-slate-500">{t('detail.rule')}</dt><dd>{alert.rule?.name ?? t('detail.noRule')}</dd>
            <dt className="text-slate-500">{t('detail.startsAt')}</dt><dd>{when(alert.startsAt)}</dd>
            <dt className="text-slate-500">{t('detail.endsAt')}</dt><dd>{when(alert.endsAt)}</dd>
            <dt className="text-slate-500">{t('detail.lastSeen')}</dt><dd>{when(alert.lastSeenAt)} · {t('occurrences', { count: alert.occurrences })}</dd>
            <dt className="text-slate-500">{t('detail.dedupKey')}</dt><dd className="break-all font-mono text-xs">{alert.dedupKey}</dd>
            <dt className="text-slate-500">{t('detail.groupKey')}</dt><dd className="break-all font-mono text-xs">{alert.groupKey ?? '—'}</dd>
          </dl>
        </Card>
        <Card title={t('detail.history')}>
          {alert.history.length === 0 ? <p className="text-sm text-slate-500">{t('detail.noHistory')}</p> : (
            <ol className="space-y-1 text-sm" data-testid="alert-history">
              {alert.history.map((h) => (
                <li key={h.id} className="flex flex-wrap items-center gap-2">
                  <AlertStatusBadge status={h.status} />
                  <span className="text-slate-600">{when(h.occurredAt)}</span>
                  {h.processedAt ? <OutcomeText outcome={h.outcome} reference={h.note} /> : <OutcomeText outcome={null} reference={null} />}
                </li>
              ))}
            </ol>
          )}
        </Card>
        <Card title={t('detail.labels')}><KeyValueText values={alert.labels} empty={t('detail.empty')} testId="alert-labels" /></Card>
        <Card title={t('detail.annotations')}><KeyValueText values={alert.annotations} empty={t('detail.empty')} testId="alert-annotations" /></Card>
      </div>
      <Card className="mt-4" title={t('detail.payload')}>
        <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-900 p-3 text-xs text-slate-100" data-testid="alert-payload">{JSON.stringify(alert.payload, null, 2)}</pre>
      </Card>
    </>
  );
}
