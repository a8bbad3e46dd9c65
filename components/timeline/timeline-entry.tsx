'use client';
// One timeline entry: kind, author, when it happened and when it was recorded (both, in the
// reader's zone), the rendered Markdown (sanitised on the server), and for writers the
// highlight toggle, edit (with its history) and delete (with a reason).
import { useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { apiFetch, incidentPath } from '@/lib/client/api-client';
import { isSystemKind, type LiveEntryOutput, type TimelineEntryOutput } from '@/lib/timeline/schemas';
import { EntryEditor } from './entry-editor';
import { EntryHistory } from './entry-history';
import { AlertEntryText, isAlertEntry } from '@/components/alerts/alert-entry-text';
import { SystemEntryText } from './system-entry-text';
import { mergeIntoCache } from './timeline-sync';
import { DeleteEntryForm } from './delete-entry-form';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { Markdown } from '@/components/ui/markdown';

const kindClass: Record<string, string> = {
  note: 'bg-slate-100 text-slate-700',
  action: 'bg-sky-100 text-sky-800',
  status_change: 'bg-amber-100 text-amber-800',
  field_change: 'bg-amber-50 text-amber-800',
  stakeholder_update: 'bg-violet-100 text-violet-800',
  alert: 'bg-red-100 text-red-800',
  linked_change: 'bg-emerald-100 text-emerald-800',
};

export function TimelineEntryView({ entry, incidentId, canWrite }: { entry: TimelineEntryOutput; incidentId: string; canWrite: boolean }) {
  const t = useTranslations('incidents');
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });

  if (entry.deleted) {
    return (
      <li className="rounded-md px-3 py-2 text-sm italic text-slate-500 ring-1 ring-slate-100" data-testid="timeline-entry" data-entry-id={entry.id} data-deleted="true">
        {t('timeline.deletedEntry', { reason: entry.deletedReason })} ·{' '}
        <time dateTime={entry.deletedAt}>{when(entry.deletedAt)}</time>
      </li>
    );
  }
  return (
    <li className={`rounded-md p-3 ring-1 ${entry.highlighted ? 'bg-yellow-50 ring-yellow-300' : 'bg-white ring-slate-200'}`} data-testid="timeline-entry" data-entry-id={entry.id} data-kind={entry.kind}>
      <div className="mb-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
        <span className={`rounded px-1.5 py-0.5 font-medium ${kindClass[entry.kind] ?? ''}`}>{t(`timelineKind.${entry.kind}`)}</span>
        <span className="font-medium text-slate-800">{entry.author.name ?? entry.author.label}</span>
        <span>
          {t('timeline.occurred')} <time dateTime={entry.occurredAt} data-testid="entry-occurred-at">{when(entry.occurredAt)}</time>
        </span>
        <span>
          {t('timeline.recorded')} <time dateTime={entry.recordedAt} data-testid="entry-recorded-at">{when(entry.recordedAt)}</time>
        </span>
        {entry.editedAt ? <span>{t('timeline.edited')}</span> : null}
      </div>
      <LiveEntryBody entry={entry} incidentId={incidentId} canWrite={canWrite} />
    </li>
  );
}

function LiveEntryBody({ entry, incidentId, canWrite }: { entry: LiveEntryOutput; incidentId: string; canWrite: boolean }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('incidents.timeline');
  const qc = useQueryClient();
  const [mode, setMode] = useState<'view' | 'edit' | 'delete' | 'history'>('view');
  const [error, setError] = useState<string | null>(null);
  // Routing's alert entries are the system's too: phrased from their data, not editable.
  const system = isSystemKind(entry.kind) || isAlertEntry(entry);
  const path = `${incidentPath(incidentId)}/timeline/${entry.id}`;

  async function toggleHighlight() {
    setError(null);
    try {
      const updated = await apiFetch<LiveEntryOutput>(path, { method: 'PATCH', body: { highlighted: !entry.highlighted } });
      mergeIntoCache(qc, incidentId, [updated]);
    } catch (e) {
      setError(presenter.message(e));
    }
  }

  const button = 'rounded px-2 py-1 text-xs text-slate-600 hover:bg-slate-100 focus-visible:ring-2 focus-visible:ring-brand-500';
  return (
    <>
      {mode === 'edit' ? (
        <EntryEditor entry={entry} incidentId={incidentId} onDone={() => setMode('view')} />
      ) : system ? (
        isAlertEntry(entry) ? <AlertEntryText entry={entry} /> : <SystemEntryText entry={entry} />
      ) : (
        // bodyHtml is Markdown rendered and sanitised on the server (lib/timeline/render-markdown.ts).
        <Markdown html={entry.bodyHtml} className="text-slate-800" testId="entry-body" />
      )}
      {mode === 'delete' ? <DeleteEntryForm path={path} incidentId={incidentId} onDone={() => setMode('view')} /> : null}
      {mode === 'history' ? <EntryHistory path={path} incidentId={incidentId} entryId={entry.id} onClose={() => setMode('view')} /> : null}
      {error ? <p role="alert" className="mt-1 text-sm text-red-600">{error}</p> : null}
      {mode === 'view' ? (
        <div className="mt-1 flex flex-wrap gap-1">
          {canWrite ? (
            <button type="button" className={button} aria-pressed={entry.highlighted} onClick={() => void toggleHighlight()} data-testid="entry-highlight">
              {entry.highlighted ? `★ ${t('unhighlight')}` : `☆ ${t('highlight')}`}
            </button>
          ) : entry.highlighted ? <span className="px-2 py-1 text-xs text-yellow-700">★ {t('highlighted')}</span> : null}
          {canWrite && !system ? (
            <>
              <button type="button" className={button} onClick={() => setMode('edit')} data-testid="entry-edit">{t('edit')}</button>
              <button type="button" className={button} onClick={() => setMode('delete')} data-testid="entry-delete">{t('delete')}</button>
            </>
          ) : null}
          {entry.editedAt ? (
            <button type="button" className={button} onClick={() => setMode('history')} data-testid="entry-history">{t('history')}</button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
