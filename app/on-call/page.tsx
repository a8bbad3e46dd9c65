import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CreatePolicyForm, CreateScheduleForm } from '@/components/on-call/schedule-forms';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { getOnCall } from '@/lib/on-call/get-on-call';
import { listPolicies, listSchedules } from '@/lib/on-call/list-schedules';
import { listTeamOptions } from '@/lib/teams/list-team-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('onCall'))('title') };
}

export default async function OnCallPage() {
  const actor = await requirePageActor('viewer', '/on-call');
  const t = await getTranslations('onCall');
  const db = getDb();
  const [{ items: schedules }, { items: policies }, teams] = await Promise.all([listSchedules(db, { actor }), listPolicies(db, { actor }), listTeamOptions(db, { actor })]);
  const now = new Date();
  const onCall = await Promise.all(schedules.map((s) => getOnCall(db, { actor, id: s.id, at: now })));
  const canWrite = hasRole(actor, 'responder');
  return (
    <>
      <PageHeader title={t('title')} actions={<Link href="/on-call/my-shifts" className="text-sm text-brand-700 underline">{t('myShifts.heading')}</Link>} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t('schedules.heading')}>
          {schedules.length === 0 ? <p className="text-sm text-slate-600">{t('schedules.none')}</p> : (
            <ul className="space-y-2 text-sm" data-testid="schedule-list">
              {schedules.map((s, i) => (
                <li key={s.id} className="break-words" data-testid="schedule-item">
                  <p className="font-medium">{s.team.name} · {s.name} <span className="text-xs text-slate-500">{s.timeZone}</span></p>
                  <p>{t('who.now')}: <span data-testid="schedule-on-call">{onCall[i]!.onCall.map((p) => p.name).join(', ') || t('who.nobody')}</span>{onCall[i]!.next ? <> · {t('who.next')}: {onCall[i]!.next!.onCall.map((p) => p.name).join(', ') || t('who.nobody')}</> : null}</p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t('policies.heading')}>
          {policies.length === 0 ? <p className="text-sm text-slate-600">{t('policies.none')}</p> : (
            <ul className="space-y-1 text-sm" data-testid="policy-list">
              {policies.map((p) => <li key={p.id}>{p.name}{p.team ? ` · ${p.team}` : ''} · {p.severities.join('/')} · {t('policies.levels', { count: p.levels })}</li>)}
            </ul>
          )}
        </Card>
        {canWrite ? (
          <>
            <Card title={t('schedules.new')} className="lg:col-span-2"><CreateScheduleForm teams={teams} defaultTimeZone="Asia/Shanghai" /></Card>
            <Card title={t('policies.new')} className="lg:col-span-2"><CreatePolicyForm teams={teams} schedules={schedules} /></Card>
          </>
        ) : null}
      </div>
    </>
  );
}
