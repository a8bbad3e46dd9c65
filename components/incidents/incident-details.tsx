'use client';
// Summary, impact, customer-facing, drill and affected services. Text fields are edited in a
// form based on the version shown when editing began; the two switches apply at once.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Textarea } from '@/components/ui/field';
import type { IncidentOutput } from '@/lib/incidents/schemas';
import { ServicePicker } from './service-picker';
import type { IncidentChanges, PatchOutcome } from './use-incident';

interface Edit {
  summary: string;
  impact: string;
  services: string[];
  baseVersion: number;
}

export function IncidentDetails({ incident, canWrite, busy, patch }: { incident: IncidentOutput; canWrite: boolean; busy: boolean; patch: (c: IncidentChanges, v: number) => Promise<PatchOutcome> }) {
  const t = useTranslations('incidents');
  const [edit, setEdit] = useState<Edit | null>(null);
  const slugs = incident.services.map((s) => s.slug);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!edit) return;
    const changes: IncidentChanges = {};
    if (edit.summary !== incident.summary) changes.summary = edit.summary;
    if (edit.impact !== incident.impact) changes.impact = edit.impact;
    if ([...edit.services].sort().join() !== [...slugs].sort().join()) changes.services = edit.services;
    if (Object.keys(changes).length === 0) return setEdit(null);
    if ((await patch(changes, edit.baseVersion)) !== 'error') setEdit(null);
  }

  const toggle = (field: 'customerFacing' | 'drill') => !canWrite ? (
    <span className="text-sm" data-testid={`incident-${field}-value`}>
      {t(`field.${field}`)}: {incident[field] ? t('timeline.yes') : t('timeline.no')}
    </span>
  ) : (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" checked={incident[field]} disabled={busy} onChange={(e) => void patch({ [field]: e.target.checked }, incident.version)} data-testid={`incident-${field}`} />
      {t(`field.${field}`)}
    </label>
  );

  return (
    <Card title={t('page.details')} actions={canWrite && !edit ? <Button variant="ghost" onClick={() => setEdit({ summary: incident.summary, impact: incident.impact, services: slugs, baseVersion: incident.version })} data-testid="details-edit">{t('page.edit')}</Button> : null}>
      {edit ? (
        <form onSubmit={(e) => void save(e)} className="space-y-3">
          <label className="block text-sm font-medium text-slate-700">
            {t('field.summary')}
            <Textarea rows={4} value={edit.summary} onChange={(e) => setEdit({ ...edit, summary: e.target.value })} className="mt-1" data-testid="details-summary" />
          </label>
          <label className="block text-sm font-medium text-slate-700">
            {t('field.impact')}
            <Textarea rows={3} value={edit.impact} onChange={(e) => setEdit({ ...edit, impact: e.target.value })} className="mt-1" placeholder={t('page.impactPlaceholder')} data-testid="details-impact" />
          </label>
          <div>
            <span className="block text-sm font-medium text-slate-700">{t('field.services')}</span>
            <ServicePicker value={edit.services} onChange={(services) => setEdit({ ...edit, services })} testId="details-services" />
          </div>
          <div className="flex gap-2">
            <Button type="submit" disabled={busy} data-testid="details-save">{t('page.save')}</Button>
            <Button variant="secondary" onClick={() => setEdit(null)}>{t('page.cancel')}</Button>
          </div>
        </form>
      ) : (
        <dl className="space-y-3 text-sm">
          <div>
            <dt className="font-medium text-slate-600">{t('field.summary')}</dt>
            <dd className="whitespace-pre-wrap break-words" data-testid="incident-summary">{incident.summary || '—'}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">{t('field.impact')}</dt>
            <dd className="whitespace-pre-wrap break-words" data-testid="incident-impact">{incident.impact || '—'}</dd>
          </div>
        </dl>
      )}
      <div className="mt-3 flex flex-wrap gap-4">
        {toggle('customerFacing')}
        {toggle('drill')}
      </div>
    </Card>
  );
}
