'use client';
// A new scenario from a known issue and/or a past incident. Left empty, the title, services and
// symptoms are taken from them; expected actions are one per line.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { useDrillCall } from './use-drill-call';

const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

export function ScenarioForm({ knownIssues, incidents }: { knownIssues: { id: string; title: string }[]; incidents: { reference: string; title: string }[] }) {
  const t = useTranslations('drills.scenarioForm');
  const router = useRouter();
  const { busy, error, call } = useDrillCall({
    labels: { title: t('title'), knownIssue: t('knownIssue'), sourceIncident: t('sourceIncident'), symptoms: t('symptoms'), expectedActions: t('expectedActions') },
  });
  const [form, setForm] = useState({ title: '', knownIssue: '', sourceIncident: '', symptoms: '', expectedActions: '' });
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const out = await call<{ id: string }>('/api/v1/drills/scenarios', {
      method: 'POST',
      body: { title: form.title, knownIssue: form.knownIssue || null, sourceIncident: form.sourceIncident || null, symptoms: lines(form.symptoms), expectedActions: lines(form.expectedActions) },
    });
    if (out) router.push(`/drills/scenarios/${out.id}`);
  }
  return (
    <form onSubmit={submit} className="grid gap-3" data-testid="scenario-form">
      <Field label={t('knownIssue')} htmlFor="scenario-known-issue">
        <Select id="scenario-known-issue" value={form.knownIssue} onChange={set('knownIssue')}>
          <option value="">{t('none')}</option>
          {knownIssues.map((k) => <option key={k.id} value={k.id}>{k.title}</option>)}
        </Select>
      </Field>
      <Field label={t('sourceIncident')} htmlFor="scenario-incident">
        <Select id="scenario-incident" value={form.sourceIncident} onChange={set('sourceIncident')}>
          <option value="">{t('none')}</option>
          {incidents.map((i) => <option key={i.reference} value={i.reference}>{`${i.reference} ${i.title}`}</option>)}
        </Select>
      </Field>
      <Field label={t('title')} htmlFor="scenario-title" hint={t('titleHint')}>
        <Input id="scenario-title" value={form.title} onChange={set('title')} maxLength={200} />
      </Field>
      <Field label={t('symptoms')} htmlFor="scenario-symptoms" hint={t('symptomsHint')}>
        <Textarea id="scenario-symptoms" rows={3} value={form.symptoms} onChange={set('symptoms')} />
      </Field>
      <Field label={t('expectedActions')} htmlFor="scenario-actions" hint={t('linesHint')}>
        <Textarea id="scenario-actions" rows={3} value={form.expectedActions} onChange={set('expectedActions')} />
      </Field>
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
      <div><Button type="submit" disabled={busy}>{t('create')}</Button></div>
    </form>
  );
}
