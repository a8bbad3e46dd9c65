// One drill: its state, the facilitator's controls while it runs, and its report (time to find
// the right known issue, time to the first correct action, what was missing, action items
// from the drill). Every page of a drill carries the drill banner.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { DrillBanner } from '@/components/drills/drill-banner';
import { DrillControls } from '@/components/drills/drill-controls';
import { splitSeconds } from '@/components/drills/format-seconds';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { getDrillReport } from '@/lib/drills/get-drill-report';
import { isAppError } from '@/lib/errors/app-error';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('drills.drill'))('title') };
}

export default async function DrillPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor('viewer', `/drills/${id}`);
  const t = await getTranslations('drills');
  const format = await getFormatter();
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const report = await getDrillReport(getDb(), { actor, id }).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'not_found') notFound();
    throw e;
  });
  const { drill } = report;
  const duration = (s: number | null) => (s === null ? t('report.never') : t('report.duration', splitSeconds(s)));
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' }) : '—');
  const unchecked = report.expectedActions.filter((a) => !a.checkedAt);
  return (
    <div className="grid gap-6">
      <DrillBanner drillId={null} />
      <PageHeader
        title={drill.scenario.title}
        description={t('drill.state', { status: t(`status.${drill.status}`), when: when(drill.scheduledAt) })}
        actions={<Link href={`/drills/scenarios/${drill.scenario.id}`} className="text-sm text-blue-700 underline">{t('drill.scenarioLink')}</Link>}
      />
      {drill.incident ? (
        <p className="text-sm">{t('drill.incident')}{' '}<Link href={`/incidents/${drill.incident.reference}`} className="font-medium text-blue-700 underline" data-testid="drill-incident-link">{drill.incident.reference}</Link></p>
      ) : null}
      {hasRole(actor, 'responder') && (drill.status === 'scheduled' || drill.status === 'running') ? (
        <Card title={t('controls.heading')}>
          <DrillControls id={drill.id} status={drill.status} revealed={!!drill.workaroundRevealedAt} hasKnownIssue={!!report.knownIssue}
            actions={report.expectedActions.map((a) => ({ index: a.index, text: a.text, checked: !!a.checkedAt }))} />
        </Card>
      ) : null}
      {drill.workaround !== null ? (
        <Card title={t('drill.workaround')}><p className="whitespace-pre-wrap text-sm" data-testid="workaround">{drill.workaround || '—'}</p></Card>
      ) : null}
      <Card title={t('report.heading')}>
        <dl className="grid gap-3 text-sm sm:grid-cols-2" data-testid="drill-report">
          <div><dt className="font-medium">{t('report.timeToKnownIssue')}</dt><dd data-testid="time-to-known-issue">{report.knownIssue ? duration(report.timeToKnownIssue) : t('report.noKnownIssue')}</dd></div>
          <div><dt className="font-medium">{t('report.timeToFirstAction')}</dt><dd data-testid="time-to-first-action">{duration(report.timeToFirstCorrectAction)}</dd></div>
          <div><dt className="font-medium">{t('report.started')}</dt><dd>{when(drill.startedAt)}</dd></div>
          <div><dt className="font-medium">{t('report.finished')}</dt><dd>{when(drill.finishedAt)}</dd></div>
        </dl>
        <h3 className="mt-4 text-sm font-semibold">{t('report.expectedActions')}</h3>
        <ul className="mt-1 grid gap-1 text-sm">
          {report.expectedActions.map((a) => (
            <li key={a.index}>{a.checkedAt ? `✓ ${a.text} — ${when(a.checkedAt)}` : `✗ ${a.text}`}</li>
          ))}
        </ul>
        <h3 className="mt-4 text-sm font-semibold">{t('report.missing')}</h3>
        <div className="mt-1 text-sm" data-testid="drill-missing">
          {unchecked.length ? <p>{t('report.notDone', { actions: unchecked.map((a) => a.text).join('; ') })}</p> : null}
          {drill.missing ? <p className="whitespace-pre-wrap">{drill.missing}</p> : null}
          {!unchecked.length && !drill.missing ? <p>—</p> : null}
        </div>
        <h3 className="mt-4 text-sm font-semibold">{t('report.actionItems')}</h3>
        {report.actionItems.length ? (
          <ul className="mt-1 grid gap-1 text-sm">
            {report.actionItems.map((a) => (
              <li key={a.id}><span className="mr-2 rounded bg-violet-100 px-1.5 py-0.5 text-xs text-violet-800">{t('report.fromDrill')}</span>{a.title}</li>
            ))}
          </ul>
        ) : <p className="mt-1 text-sm text-slate-600">—</p>}
      </Card>
    </div>
  );
}
