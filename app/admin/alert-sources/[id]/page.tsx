import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { DeleteRuleButton } from '@/components/alerts/delete-rule-button';
import { RuleForm } from '@/components/alerts/rule-form';
import { SourceControls } from '@/components/alerts/source-controls';
import { Card, PageHeader } from '@/components/ui/card';
import { getAlertSource } from '@/lib/alerts/get-alert-source';
import { listAlertRules } from '@/lib/alerts/manage-rules';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { requestOrigin } from '../request-origin';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('alerts.sources'))('title') };
}

export default async function AlertSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor('admin', `/admin/alert-sources/${id}`);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const db = getDb();
  const source = await getAlertSource(db, { actor, id }).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'not_found') notFound();
    throw e;
  });
  const { items: rules } = await listAlertRules(db, { actor, sourceId: id });
  const t = await getTranslations('alerts');
  const format = await getFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'medium' });

  return (
    <>
      <p className="mb-2 text-sm"><Link href="/admin/alert-sources" className="text-brand-700 hover:underline">← {t('sources.title')}</Link></p>
      <PageHeader
        title={<span className="break-words">{source.name}</span>}
        description={`${t(`sources.types.${source.type as 'alertmanager'}`)} · ${source.enabled ? t('sources.enabled') : t('sources.disabled')} · ${t('sources.lastReceived')}: ${source.lastReceivedAt ? when(source.lastReceivedAt) : t('sources.never')}`}
      />
      <p className="mb-4 text-sm text-slate-700" data-testid="source-counts">
        {t('sources.counts', { alerts: source.alertCount, firing: source.firingCount, occurrences: source.occurrenceCount })} · {t('sources.rejectedCount', { count: source.rejectedCount })}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t('sources.config')}><SourceControls id={source.id} type={source.type} enabled={source.enabled} origin={await requestOrigin()} /></Card>
        <Card title={t('sources.rejections')}>
          {source.rejections.length === 0 ? <p className="text-sm text-slate-500">{t('sources.noRejections')}</p> : (
            <ul className="space-y-2 text-sm" data-testid="rejections">
              {source.rejections.map((r) => (
                <li key={r.id}>
                  <p className="font-medium">{t('sources.rejectionAt', { status: r.status, time: when(r.createdAt) })}</p>
                  <p className="break-words text-slate-700">{r.reason}</p>
                  {r.body ? <pre className="mt-1 max-h-24 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-100 p-2 text-xs">{r.body}</pre> : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <section className="mt-6">
        <h2 className="text-lg font-semibold">{t('rules.title')}</h2>
        <p className="mb-2 text-sm text-slate-600">{t('rules.description')}</p>
        {rules.length === 0 ? <p className="text-sm text-slate-600">{t('rules.none')}</p> : (
          <ol className="mb-4 divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200" data-testid="rule-list">
            {rules.map((r) => (
              <li key={r.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:justify-between" data-testid="rule-row">
                <div className="min-w-0 text-sm">
                  <p className="font-medium">{r.source ? t('rules.position', { position: r.position }) : t('rules.global')} · {r.name}{r.enabled ? '' : ` (${t('sources.disabled')})`}</p>
                  <p className="break-words text-slate-700">
                    {t('rules.when')}: {r.matchers.length === 0 && !r.requireService ? t('rules.always') : [...r.matchers.map((m) => `${m.field} ${m.op} ${m.value}`.trim()), ...(r.requireService ? [t('rules.knownService')] : [])].join(' · ')}
                  </p>
                  <p className="text-slate-700">{t('rules.then')}: {t(`rules.action.${r.action}`)} · {t(`rules.resolve.${r.resolveAction}`, { on: t(`rules.resolveOn.${r.resolveOn}`) })}</p>
                </div>
                {r.source ? <DeleteRuleButton id={r.id} /> : null}
              </li>
            ))}
          </ol>
        )}
        <RuleForm sourceId={source.id} />
      </section>
    </>
  );
}
