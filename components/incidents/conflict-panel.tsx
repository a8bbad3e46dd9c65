'use client';
// Shown when an edit was based on an old version: what this user tried to set beside what the
// incident holds now (someone else's change), and a choice: apply mine on top of the current
// version, or discard mine. Nothing is overwritten without the user deciding.
import { useFormatter, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import type { IncidentOutput } from '@/lib/incidents/schemas';
import type { Conflict, IncidentChanges } from './use-incident';
import { Table } from '@/components/ui/table';

const timeFields = new Set(['startedAt', 'detectedAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt', 'closedAt', 'nextUpdateAt']);

export function ConflictPanel({ conflict, busy, onApply, onDiscard }: { conflict: Conflict; busy: boolean; onApply: () => void; onDiscard: () => void }) {
  const t = useTranslations('incidents');
  const format = useFormatter();
  const show = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return t('system.none');
    if (typeof v === 'boolean') return v ? t('timeline.yes') : t('timeline.no');
    if (Array.isArray(v)) return v.join(', ');
    if (field === 'status') return t(`status.${v as 'investigating'}`);
    if (timeFields.has(field)) return format.dateTime(new Date(String(v)), { dateStyle: 'medium', timeStyle: 'short' });
    return String(v);
  };
  const theirs = (field: keyof IncidentChanges, current: IncidentOutput): unknown =>
    field === 'services' ? current.services.map((s) => s.slug) : (current as unknown as Record<string, unknown>)[field];
  const fields = Object.keys(conflict.attempted) as (keyof IncidentChanges)[];

  return (
    <section role="alert" className="mb-4 rounded-lg bg-amber-50 p-4 ring-1 ring-amber-300" data-testid="conflict-panel">
      <h2 className="font-semibold text-amber-900">{t('conflict.title')}</h2>
      <p className="mt-1 text-sm text-amber-900">{t('errors.versionConflict')}</p>
      <Table className="mt-3">
        <thead className="text-xs uppercase text-amber-800">
          <tr>
            <th scope="col" className="py-1 pr-2">{t('conflict.field')}</th>
            <th scope="col" className="py-1 pr-2">{t('conflict.theirs')}</th>
            <th scope="col" className="py-1">{t('conflict.yours')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f} className="align-top" data-testid="conflict-field" data-field={f}>
              <th scope="row" className="py-1 pr-2 font-medium">{t(`field.${f}`)}</th>
              <td data-label={t('conflict.theirs')} className="whitespace-pre-wrap break-words py-1 pr-2" data-testid="conflict-theirs">{show(f, theirs(f, conflict.current))}</td>
              <td data-label={t('conflict.yours')} className="whitespace-pre-wrap break-words py-1" data-testid="conflict-yours">{show(f, conflict.attempted[f])}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={onApply} disabled={busy} data-testid="conflict-apply-mine">{t('conflict.applyMine')}</Button>
        <Button variant="secondary" onClick={onDiscard} data-testid="conflict-discard-mine">{t('conflict.discardMine')}</Button>
      </div>
    </section>
  );
}
