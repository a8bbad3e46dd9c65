// One scenario: what responders will see (the symptoms), what they are expected to do, the
// known issue they should find (its workaround stays hidden), and scheduling a drill of it.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ScheduleDrillForm } from '@/components/drills/schedule-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { getScenario } from '@/lib/drills/list-scenarios';
import { isAppError } from '@/lib/errors/app-error';
import { listTeamOptions } from '@/lib/teams/list-team-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('drills.scenario'))('title') };
}

export default async function ScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor('viewer', `/drills/scenarios/${id}`);
  const t = await getTranslations('drills');
  const db = getDb();
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const scenario = await getScenario(db, { actor, id }).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'not_found') notFound();
    throw e;
  });
  const teams = hasRole(actor, 'responder') ? await listTeamOptions(db, { actor }) : null;
  return (
    <div className="grid gap-6">
      <PageHeader title={scenario.title} description={scenario.description || undefined} />
      <Card title={t('scenario.details')}>
        <dl className="grid gap-2 text-sm">
          <div><dt className="font-medium">{t('scenario.knownIssue')}</dt><dd>{scenario.knownIssue ? `${scenario.knownIssue.title} — ${t('scenario.workaroundHidden')}` : '—'}</dd></div>
          <div><dt className="font-medium">{t('scenario.sourceIncident')}</dt><dd>{scenario.sourceIncident ? <Link className="text-blue-700 underline" href={`/incidents/${scenario.sourceIncident.reference}`}>{`${scenario.sourceIncident.reference} ${scenario.sourceIncident.title}`}</Link> : '—'}</dd></div>
          <div><dt className="font-medium">{t('scenario.services')}</dt><dd>{scenario.services.map((s) => s.name).join(', ') || '—'}</dd></div>
          <div><dt className="font-medium">{t('scenario.severity')}</dt><dd>{scenario.severity}</dd></div>
        </dl>
      </Card>
      <Card title={t('scenario.symptoms')}>
        <ol className="list-decimal pl-5 text-sm" data-testid="scenario-symptoms">{scenario.symptoms.map((s, i) => <li key={i}>{s}</li>)}</ol>
      </Card>
      <Card title={t('scenario.expectedActions')}>
        <ol className="list-decimal pl-5 text-sm">{scenario.expectedActions.map((s, i) => <li key={i}>{s}</li>)}</ol>
      </Card>
      {teams ? <Card title={t('schedule.heading')}><ScheduleDrillForm scenarioId={scenario.id} teams={teams} /></Card> : null}
    </div>
  );
}
