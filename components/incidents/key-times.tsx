'use client';
// Key times (started, detected, declared, acknowledged, mitigated, resolved, closed) in the
// reader's zone, the durations derived from them, and an editor for writers. Edits send only
// the times that changed, based on the version shown when editing began.
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Input } from '@/components/ui/field';
import type { IncidentOutput } from '@/lib/incidents/schemas';
import { fromLocalInputValue, toLocalInputValue } from './datetime-input';
import type { IncidentChanges, PatchOutcome } from './use-incident';

const editable = ['startedAt', 'detectedAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt', 'closedAt'] as const;
const shown = ['startedAt', 'detectedAt', 'declaredAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt', 'closedAt'] as const;
const durations = [
  ['timeToDetect', 'timeToDetectSeconds'],
  ['timeToAcknowledge', 'timeToAcknowledgeSeconds'],
  ['timeToMitigate', 'timeToMitigateSeconds'],
  ['timeToResolve', 'timeToResolveSeconds'],
] as const;

export function useDurationText() {
  const t = useTranslations('incidents.page.durationFormat');
  return (s: number) => {
    const d = Math.floor(s / 86_400), h = Math.floor((s % 86_400) / 3600), m = Math.floor((s % 3600) / 60);
    if (s < 60) return t('seconds', { s: Math.max(0, s) });
    if (s < 3600) return t('minutes', { m });
    if (s < 86_400) return t('hoursMinutes', { h, m });
    return t('daysHours', { d, h });
  };
}

export function KeyTimes({ incident, canWrite, busy, patch }: { incident: IncidentOutput; canWrite: boolean; busy: boolean; patch: (c: IncidentChanges, v: number) => Promise<PatchOutcome> }) {
  const t = useTranslations('incidents');
  const format = useFormatter();
  const duration = useDurationText();
  const [edit, setEdit] = useState<{ values: Record<string, string>; baseVersion: number } | null>(null);

  function startEdit() {
    setEdit({ baseVersion: incident.version, values: Object.fromEntries(editable.map((f) => [f, incident[f] ? toLocalInputValue(incident[f]) : ''])) });
  }
  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!edit) return;
    const changes: IncidentChanges = {};
    for (const f of editable) {
      const before = incident[f] ? toLocalInputValue(incident[f]) : '';
      if (edit.values[f] !== before) changes[f] = edit.values[f] ? (fromLocalInputValue(edit.values[f] ?? '') ?? null) : null;
    }
    if (Object.keys(changes).length === 0) return setEdit(null);
    if ((await patch(changes, edit.baseVersion)) !== 'error') setEdit(null);
  }

  return (
    <Card title={t('page.keyTimes')} actions={canWrite && !edit ? <Button variant="ghost" onClick={startEdit} data-testid="key-times-edit">{t('page.edit')}</Button> : null}>
      {edit ? (
        <form onSubmit={(e) => void save(e)} className="space-y-2">
          {editable.map((f) => (
            <label key={f} className="block text-sm font-medium text-slate-700">
              {t(`field.${f}`)}
              <Input type="datetime-local" value={edit.values[f] ?? ''} onChange={(e) => setEdit({ ...edit, values: { ...edit.values, [f]: e.target.value } })} className="mt-1" data-testid={`key-time-${f}`} />
            </label>
          ))}
          <div className="flex gap-2">
            <Button type="submit" disabled={busy} data-testid="key-times-save">{t('page.save')}</Button>
            <Button variant="secondary" onClick={() => setEdit(null)}>{t('page.cancel')}</Button>
          </div>
        </form>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {shown.map((f) => (
            <div key={f} className="contents">
              <dt className="text-slate-600">{t(`field.${f}`)}</dt>
              <dd>{incident[f] ? <time dateTime={incident[f]!}>{format.dateTime(new Date(incident[f]!), { dateStyle: 'medium', timeStyle: 'short' })}</time> : '—'}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3 className="mb-1 mt-4 text-sm font-semibold">{t('page.durations')}</h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="durations">
        {durations.map(([label, key]) => (
          <div key={key} className="contents">
            <dt className="text-slate-600">{t(`duration.${label}`)}</dt>
            <dd>{incident.durations[key] === null ? <span className="text-slate-400">{t('duration.unknown')}</span> : duration(incident.durations[key]!)}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
