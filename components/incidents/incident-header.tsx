'use client';
// The top of an incident page: INC-number and title (editable), severity and status (with
// controls for writers: only the statuses the incident may move to are offered), badges, and
// whether the page is receiving live updates.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import { severities, type IncidentOutput, type Severity } from '@/lib/incidents/schemas';
import type { IncidentStatus } from '@/lib/incidents/status-machine';
import { DrillBadge, SeverityBadge, StatusBadge } from './badges';
import { ResolveDialog } from './resolve-dialog';
import type { LiveStatus } from './use-live-incident';
import type { IncidentChanges, PatchOutcome } from './use-incident';

interface Props {
  incident: IncidentOutput;
  canWrite: boolean;
  live: LiveStatus;
  busy: boolean;
  patch: (changes: IncidentChanges, baseVersion: number) => Promise<PatchOutcome>;
}

export function IncidentHeader({ incident, canWrite, live, busy, patch }: Props) {
  const t = useTranslations('incidents');
  const tp = useTranslations('postmortems');
  const [editing, setEditing] = useState<{ title: string; baseVersion: number } | null>(null);
  const [resolving, setResolving] = useState(false);

  async function saveTitle(e: React.FormEvent) {
    e.preventDefault();
    if (!editing || !editing.title.trim()) return;
    const outcome = await patch({ title: editing.title.trim() }, editing.baseVersion);
    if (outcome !== 'error') setEditing(null);
  }

  return (
    <header className="mb-4 space-y-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-mono font-semibold text-slate-600" data-testid="incident-reference">{incident.reference}</span>
        <SeverityBadge severity={incident.severity} long />
        <StatusBadge status={incident.status} />
        {incident.drill ? <DrillBadge /> : null}
        {incident.customerFacing ? <span className="rounded bg-rose-100 px-1.5 py-0.5 text-xs font-semibold text-rose-800">{t('page.customerFacing')}</span> : null}
        <Link href={`/incidents/${incident.number}/postmortem`} className="text-xs text-brand-700 underline" data-testid="incident-postmortem-link">
          {tp('page.title')}
        </Link>
        <span className={`ml-auto inline-flex items-center gap-1 text-xs ${live === 'live' ? 'text-emerald-700' : 'text-amber-700'}`} role="status" data-testid="live-status" data-live={live}>
          <span aria-hidden className={`inline-block h-2 w-2 rounded-full ${live === 'live' ? 'bg-emerald-500' : 'animate-pulse bg-amber-500'}`} />
          {t(`live.${live}`)}
        </span>
      </div>
      {editing ? (
        <form onSubmit={(e) => void saveTitle(e)} className="flex flex-wrap gap-2">
          <label htmlFor="incident-title-input" className="sr-only">{t('field.title')}</label>
          <Input id="incident-title-input" value={editing.title} onChange={(e) => setEditing({ ...editing, title: e.target.value })} autoFocus maxLength={200} className="flex-1 text-lg" data-testid="incident-title-input" />
          <Button type="submit" disabled={busy} data-testid="incident-title-save">{t('page.save')}</Button>
          <Button variant="secondary" onClick={() => setEditing(null)}>{t('page.cancel')}</Button>
        </form>
      ) : (
        <div className="flex flex-wrap items-start gap-2">
          <h1 className="flex-1 text-2xl font-semibold tracking-tight" data-testid="incident-title">{incident.title}</h1>
          {canWrite ? (
            <Button variant="ghost" onClick={() => setEditing({ title: incident.title, baseVersion: incident.version })} data-testid="incident-title-edit">
              {t('page.editTitle')}
            </Button>
          ) : null}
        </div>
      )}
      {canWrite ? (
        <div className="flex flex-wrap gap-3">
          <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
            {t('field.status')}
            <Select value={incident.status} disabled={busy} className="w-auto" data-testid="incident-status-select"
              onChange={(e) => {
                const status = e.target.value as IncidentStatus;
                // Resolving offers the final update and the postmortem (./resolve-dialog.tsx).
                if (status === 'resolved') setResolving(true);
                else void patch({ status }, incident.version);
              }}>
              {[incident.status, ...incident.allowedStatuses].map((s) => (
                <option key={s} value={s}>{t(`status.${s}`)}</option>
              ))}
            </Select>
          </label>
          <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
            {t('field.severity')}
            <Select value={incident.severity} disabled={busy} className="w-auto" data-testid="incident-severity-select"
              onChange={(e) => void patch({ severity: e.target.value as Severity }, incident.version)}>
              {severities.map((s) => (
                <option key={s} value={s}>{t(`severity.${s}`)}</option>
              ))}
            </Select>
          </label>
        </div>
      ) : null}
      {resolving ? <ResolveDialog incident={incident} busy={busy} patch={patch} onClose={() => setResolving(false)} /> : null}
    </header>
  );
}
