// Home: where a person starts the day (lib/home/get-home.ts). A new install gets guided first
// steps and the optional demo data set instead of empty cards.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { BackupWarning } from '@/components/backup/backup-warning';
import { SeverityBadge, StatusBadge } from '@/components/incidents/badges';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { getHome } from '@/lib/home/get-home';
import type { IncidentStatus } from '@/lib/incidents/status-machine';

const link = 'font-medium text-brand-700 hover:underline break-words';

export default async function HomePage() {
  const actor = await requirePageActor('viewer', '/');
  const t = await getTranslations('home');
  const ts = await getTranslations('story.home');
  const tr = await getTranslations('incidents');
  const format = await getFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const home = await getHome(getDb(), { actor });
  const s = home.setup;
  const steps = [
    { key: 'team', done: s.teams > 0, href: '/teams' },
    { key: 'services', done: s.services > 0 && s.dependencies > 0, href: '/services/new' },
    { key: 'people', done: s.users > 1, href: hasRole(actor, 'admin') ? '/admin/users' : null },
    { key: 'subscribe', done: s.subscriptions > 0, href: '/subscriptions' },
  ] as const;
  const newInstall = steps.some((x) => !x.done);
  const empty = (key: string) => <p className="text-sm text-slate-500">{ts(key)}</p>;

  return (
    <>
      <PageHeader title={t('title')} description={t('welcome', { name: actor.label })} />
      <BackupWarning />
      {s.demoLoaded ? (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="home-demo-banner">
          {ts('demoLoaded')} <code className="rounded bg-white px-1">npm run cli -- demo:unload</code>
        </p>
      ) : null}
      {newInstall ? (
        <Card title={ts('firstSteps.title')} className="mb-4">
          <ol className="flex flex-col gap-2 text-sm" data-testid="home-first-steps">
            {steps.map((step, i) => (
              <li key={step.key} className="flex flex-wrap items-baseline gap-2" data-testid={`first-step-${step.key}`} data-done={step.done}>
                <span aria-hidden className={step.done ? 'text-emerald-700' : 'text-slate-400'}>{step.done ? '✓' : `${i + 1}.`}</span>
                <span className={step.done ? 'text-slate-500 line-through' : ''}>{ts(`firstSteps.${step.key}`)}</span>
                {!step.done && step.href ? <Link href={step.href} className={link}>{ts('firstSteps.go')}</Link> : null}
                {step.done ? <span className="sr-only">{ts('firstSteps.done')}</span> : null}
              </li>
            ))}
          </ol>
          {!s.demoLoaded && s.services === 0 ? (
            <p className="mt-3 text-sm text-slate-600" data-testid="home-demo-offer">
              {ts('demoOffer')} <code className="rounded bg-slate-100 px-1">npm run cli -- demo:load</code>
            </p>
          ) : null}
        </Card>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Card title={ts('incidents')} className="md:col-span-2">
          {home.incidents.length === 0 ? empty('noIncidents') : (
            <ul className="divide-y divide-slate-100" data-testid="home-incidents">
              {home.incidents.map((i) => (
                <li key={i.reference} className="flex flex-wrap items-center gap-2 py-2 text-sm" data-testid="home-incident" data-mine={i.mine}>
                  <SeverityBadge severity={i.severity} />
                  <StatusBadge status={i.status as IncidentStatus} />
                  <Link href={`/incidents/${i.reference}`} className={link}>{i.reference} {i.title}</Link>
                  {i.myRoles.length ? <span className="rounded bg-brand-50 px-1.5 text-xs text-brand-800">{i.myRoles.map((r) => (tr.has(`role.${r}`) ? tr(`role.${r}`) : r)).join(ts('separator'))}</span> : i.mine ? <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">{ts('mine')}</span> : null}
                  <span className="text-xs text-slate-500">{when(i.declaredAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={ts('acknowledgements')}>
          {home.acknowledgementsOwed.length === 0 ? empty('noAcknowledgements') : (
            <ul className="flex flex-col gap-2 text-sm" data-testid="home-acknowledgements">
              {home.acknowledgementsOwed.map((c) => (
                <li key={`${c.id}-${c.team.slug}`} data-testid="home-acknowledgement" data-change-id={c.id}>
                  <Link href={`/changes/${c.id}`} className={link}>{c.title}</Link>
                  <span className="block text-xs text-slate-500">{ts('ackFor', { team: c.team.name, service: c.service.name, when: when(c.scheduledAt) })}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={ts('reviews')}>
          {home.reviewsWaiting.length === 0 ? empty('noReviews') : (
            <ul className="flex flex-col gap-2 text-sm" data-testid="home-reviews">
              {home.reviewsWaiting.map((r) => (
                <li key={r.reference} className="flex flex-wrap items-center gap-2" data-testid="home-review">
                  <SeverityBadge severity={r.severity} />
                  <Link href={`/incidents/${r.reference}/postmortem`} className={link}>{r.reference} {r.title}</Link>
                </li>
              ))}
            </ul>
          )}
          <Link href="/postmortems?review=mine" className="mt-2 inline-block text-sm text-brand-700 hover:underline">{ts('allReviews')}</Link>
        </Card>
        <Card title={ts('overdue')}>
          {home.overdueActionItems.length === 0 ? empty('noOverdue') : (
            <ul className="flex flex-col gap-2 text-sm" data-testid="home-overdue">
              {home.overdueActionItems.map((a) => (
                <li key={a.id} data-testid="home-overdue-item">
                  <Link href={`/incidents/${a.incidentReference}/postmortem`} className={link}>{a.title}</Link>
                  <span className="block text-xs text-red-700">{ts('dueOn', { date: a.dueDate ?? '' })} · {a.incidentReference}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={ts('upcoming')}>
          {home.upcomingChanges.length === 0 ? empty(s.myTeams === 0 ? 'noTeam' : 'noUpcoming') : (
            <ul className="flex flex-col gap-2 text-sm" data-testid="home-upcoming">
              {home.upcomingChanges.map((c) => (
                <li key={c.id} data-testid="home-upcoming-change" data-change-id={c.id}>
                  <Link href={`/changes/${c.id}`} className={link}>{c.title}</Link>
                  <span className="block text-xs text-slate-500">{c.service.name} · {c.depth === 0 ? ts('yourService') : ts('dependsOn')} · {when(c.scheduledAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t('catalogue')}>
          <p className="mb-3 text-sm text-slate-600">{t('catalogueBody')}</p>
          <div className="flex flex-wrap gap-2">
            <Link className={buttonClass('secondary')} href="/services">{t('openServices')}</Link>
            <Link className={buttonClass('secondary')} href="/teams">{t('openTeams')}</Link>
          </div>
        </Card>
      </div>
    </>
  );
}
