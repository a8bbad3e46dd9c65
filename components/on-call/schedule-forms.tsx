'use client';
// The forms that build on-call: a schedule with one rotation (more through the API), and an
// escalation policy of up to two levels (a schedule's on-call person, then named people).
// Server errors name the field; they are shown next to the form in the reader's language.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input, Select, Textarea } from '@/components/ui/field';

const lines = (v: string) => v.split(/[\s,;]+/).map((x) => x.trim()).filter(Boolean);

export function CreateScheduleForm({ teams, defaultTimeZone }: { teams: { slug: string; name: string }[]; defaultTimeZone: string }) {
  const t = useTranslations('onCall.schedules');
  const presenter = useErrorPresenter();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await apiFetch(`/api/v1/teams/${encodeURIComponent(String(f.get('team')))}/schedules`, {
        method: 'POST',
        body: {
          name: f.get('name'),
          timeZone: f.get('timeZone'),
          rotations: [{ name: f.get('rotationName'), participants: lines(String(f.get('participants'))), length: { unit: f.get('unit'), count: Number(f.get('count')) }, handoffTime: f.get('handoffTime'), startDate: f.get('startDate') }],
        },
      });
      setDone(true);
      router.refresh();
    } catch (err) {
      setError(presenter.message(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2" data-testid="schedule-form">
      <Field label={t('team')} htmlFor="s-team"><Select id="s-team" name="team" required>{teams.map((x) => <option key={x.slug} value={x.slug}>{x.name}</option>)}</Select></Field>
      <Field label={t('name')} htmlFor="s-name"><Input id="s-name" name="name" required maxLength={100} /></Field>
      <Field label={t('timeZone')} htmlFor="s-tz"><Input id="s-tz" name="timeZone" required defaultValue={defaultTimeZone} /></Field>
      <Field label={t('rotationName')} htmlFor="s-rot"><Input id="s-rot" name="rotationName" required defaultValue="Primary" /></Field>
      <div className="sm:col-span-2"><Field label={t('participants')} htmlFor="s-people"><Textarea id="s-people" name="participants" required rows={3} /></Field></div>
      <Field label={t('unit')} htmlFor="s-unit"><Select id="s-unit" name="unit" defaultValue="week">{(['hour', 'day', 'week'] as const).map((u) => <option key={u} value={u}>{t(`units.${u}`)}</option>)}</Select></Field>
      <Field label={t('count')} htmlFor="s-count"><Input id="s-count" name="count" type="number" min={1} max={52} defaultValue={1} required /></Field>
      <Field label={t('handoffTime')} htmlFor="s-handoff"><Input id="s-handoff" name="handoffTime" type="time" defaultValue="09:00" required /></Field>
      <Field label={t('startDate')} htmlFor="s-start"><Input id="s-start" name="startDate" type="date" required /></Field>
      <div className="sm:col-span-2 space-y-2">
        {error ? <ErrorBanner>{error}</ErrorBanner> : null}
        {done ? <p role="status" className="text-sm text-emerald-700">{t('created')}</p> : null}
        <Button type="submit" disabled={busy} data-testid="schedule-submit">{t('create')}</Button>
      </div>
    </form>
  );
}

export function CreatePolicyForm({ teams, schedules }: { teams: { slug: string; name: string }[]; schedules: { id: string; name: string; team: { name: string } }[] }) {
  const t = useTranslations('onCall.policies');
  const presenter = useErrorPresenter();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const second = lines(String(f.get('users') ?? ''));
    setBusy(true);
    setError(null);
    try {
      await apiFetch('/api/v1/escalation-policies', {
        method: 'POST',
        body: {
          name: f.get('name'),
          team: f.get('team'),
          teamDefault: f.get('teamDefault') === 'on',
          repeat: Number(f.get('repeat') ?? 0),
          levels: [
            { targets: [{ type: 'schedule', id: f.get('schedule') }], waitMinutes: Number(f.get('wait1')) },
            ...(second.length ? [{ targets: second.map((email) => ({ type: 'user', email })), waitMinutes: Number(f.get('wait2')) }] : []),
          ],
        },
      });
      setDone(true);
      router.refresh();
    } catch (err) {
      setError(presenter.message(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2" data-testid="policy-form">
      <Field label={t('name')} htmlFor="p-name"><Input id="p-name" name="name" required maxLength={100} /></Field>
      <Field label={t('team')} htmlFor="p-team"><Select id="p-team" name="team" required>{teams.map((x) => <option key={x.slug} value={x.slug}>{x.name}</option>)}</Select></Field>
      <label className="flex items-center gap-2 text-sm sm:col-span-2"><input type="checkbox" name="teamDefault" defaultChecked data-testid="policy-default" /> {t('teamDefault')}</label>
      <Field label={`${t('level', { level: 1 })} · ${t('schedule')}`} htmlFor="p-schedule"><Select id="p-schedule" name="schedule" required>{schedules.map((s) => <option key={s.id} value={s.id}>{s.team.name} · {s.name}</option>)}</Select></Field>
      <Field label={t('waitMinutes')} htmlFor="p-wait1"><Input id="p-wait1" name="wait1" type="number" min={1} max={1440} defaultValue={5} required /></Field>
      <Field label={`${t('level', { level: 2 })} · ${t('users')}`} htmlFor="p-users"><Textarea id="p-users" name="users" rows={2} /></Field>
      <Field label={t('waitMinutes')} htmlFor="p-wait2"><Input id="p-wait2" name="wait2" type="number" min={1} max={1440} defaultValue={10} /></Field>
      <Field label={t('repeat')} htmlFor="p-repeat"><Input id="p-repeat" name="repeat" type="number" min={0} max={10} defaultValue={0} /></Field>
      <div className="sm:col-span-2 space-y-2">
        {error ? <ErrorBanner>{error}</ErrorBanner> : null}
        {done ? <p role="status" className="text-sm text-emerald-700">{t('created')}</p> : null}
        <Button type="submit" disabled={busy || schedules.length === 0} data-testid="policy-submit">{t('create')}</Button>
      </div>
    </form>
  );
}
