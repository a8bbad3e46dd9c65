// Drills (故障演练): the scenarios library, the drill calendar (upcoming by local day) and past
// drills with their reports. Responders create scenarios here.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTimeZone, getTranslations } from 'next-intl/server';
import { ScenarioForm } from '@/components/drills/scenario-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { localDateKey } from '@/lib/changes/calendar-week';
import { getDb } from '@/lib/db/client';
import { listDrills } from '@/lib/drills/list-drills';
import { listScenarioSources } from '@/lib/drills/list-scenario-sources';
import { listScenarios } from '@/lib/drills/list-scenarios';
import type { DrillOutput } from '@/lib/drills/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('drills.page'))('title') };
}

export default async function DrillsPage() {
  const actor = await requirePageActor('viewer', '/drills');
  const t = await getTranslations('drills');
  const format = await getFormatter();
  const timeZone = await getTimeZone();
  const db = getDb();
  const canWrite = hasRole(actor, 'responder');
  const [scenarios, drills, sources] = await Promise.all([
    listScenarios(db, { actor }),
    listDrills(db, { actor }),
    canWrite ? listScenarioSources(db, { actor }) : Promise.resolve(null),
  ]);
  const byDay = new Map<string, DrillOutput[]>();
  for (const d of drills.upcoming) {
    const key = localDateKey(new Date(d.scheduledAt), timeZone);
    byDay.set(key, [...(byDay.get(key) ?? []), d]);
  }
  const drillLink = (d: DrillOutput) => (
    <Link href={`/drills/${d.id}`} className="text-blue-700 underline">{d.scenario.title}</Link>
  );
  return (
    <div className="grid gap-6">
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <Card title={t('calendar.title')}>
        {byDay.size === 0 ? <p className="text-sm text-slate-600">{t('calendar.empty')}</p> : (
          <ol className="grid gap-3" data-testid="drill-calendar">
            {[...byDay.entries()].map(([day, list]) => (
              <li key={day}>
                <h3 className="text-sm font-semibold">{format.dateTime(new Date(list[0]!.scheduledAt), { dateStyle: 'full' })}</h3>
                <ul className="mt-1 grid gap-1 text-sm">
                  {list.map((d) => (
                    <li key={d.id}>
                      <time dateTime={d.scheduledAt}>{format.dateTime(new Date(d.scheduledAt), { timeStyle: 'short' })}</time>{' · '}{drillLink(d)}{' · '}{t(`status.${d.status}`)}
                      {d.teams.length ? <span className="text-slate-600">{' · '}{t('calendar.invited', { teams: d.teams.map((x) => x.name).join(', ') })}</span> : null}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </Card>
      <Card title={t('scenarios.title')}>
        {scenarios.length === 0 ? <p className="text-sm text-slate-600">{t('scenarios.empty')}</p> : (
          <ul className="grid gap-2" data-testid="scenario-list">
            {scenarios.map((s) => (
              <li key={s.id} className="text-sm">
                <Link href={`/drills/scenarios/${s.id}`} className="font-medium text-blue-700 underline">{s.title}</Link>
                <span className="text-slate-600">{' · '}{t('scenarios.summary', { symptoms: s.symptoms.length, actions: s.expectedActions.length, drills: s.drillCount })}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {sources ? (
        <Card title={t('scenarioForm.heading')}>
          <ScenarioForm knownIssues={sources.knownIssues} incidents={sources.incidents} />
        </Card>
      ) : null}
      <Card title={t('past.title')}>
        {drills.past.length === 0 ? <p className="text-sm text-slate-600">{t('past.empty')}</p> : (
          <ul className="grid gap-1 text-sm">
            {drills.past.map((d) => (
              <li key={d.id}>
                <time dateTime={d.scheduledAt}>{format.dateTime(new Date(d.scheduledAt), { dateStyle: 'medium' })}</time>{' · '}{drillLink(d)}{' · '}{t(`status.${d.status}`)}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
