'use client';
// Scheduling a drill of a scenario: when (the reader's local time), which teams are invited
// (each told in its inbox), and "start now" for an unannounced drill.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { useDrillCall } from './use-drill-call';

export function ScheduleDrillForm({ scenarioId, teams }: { scenarioId: string; teams: { slug: string; name: string }[] }) {
  const t = useTranslations('drills.schedule');
  const router = useRouter();
  const { busy, error, call } = useDrillCall({ labels: { scheduledAt: t('when'), teams: t('teams') } });
  const [when, setWhen] = useState('');
  const [invited, setInvited] = useState<string[]>([]);
  async function send(startNow: boolean) {
    const scheduledAt = !startNow && when ? new Date(when).toISOString() : undefined;
    const out = await call<{ id: string }>('/api/v1/drills', { method: 'POST', body: { scenario: scenarioId, scheduledAt, teams: invited, startNow } });
    if (out) router.push(`/drills/${out.id}`);
  }
  return (
    <div className="grid gap-3" data-testid="schedule-form">
      <Field label={t('when')} htmlFor="drill-when">
        <Input id="drill-when" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
      </Field>
      <fieldset>
        <legend className="text-sm font-medium">{t('teams')}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {teams.map((team) => (
            <label key={team.slug} className="flex items-center gap-1 text-sm">
              <input type="checkbox" checked={invited.includes(team.slug)} onChange={(e) => setInvited(e.target.checked ? [...invited, team.slug] : invited.filter((s) => s !== team.slug))} />
              {team.name}
            </label>
          ))}
        </div>
      </fieldset>
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => send(false)} disabled={busy || !when} variant="secondary">{t('schedule')}</Button>
        <Button onClick={() => send(true)} disabled={busy} data-testid="start-now">{t('startNow')}</Button>
      </div>
    </div>
  );
}
