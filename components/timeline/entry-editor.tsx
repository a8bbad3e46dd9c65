'use client';
// Editing an entry's text. The edit is based on the version shown when editing began; if
// someone else edited it meanwhile the server answers 409 with their text, shown here so the
// user chooses: apply theirs-then-mine again, or keep theirs. Nothing is overwritten silently.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ApiError, apiFetch, incidentPath } from '@/lib/client/api-client';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/field';
import type { LiveEntryOutput } from '@/lib/timeline/schemas';
import { mergeIntoCache } from './timeline-sync';
import { useErrorPresenter } from '@/lib/client/error-presenter';

export function EntryEditor({ entry, incidentId, onDone }: { entry: LiveEntryOutput; incidentId: string; onDone: () => void }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('incidents.timeline');
  const qc = useQueryClient();
  const [body, setBody] = useState(entry.body);
  const [baseVersion, setBaseVersion] = useState(entry.version);
  const [conflict, setConflict] = useState<LiveEntryOutput | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(version: number) {
    if (!body.trim()) return setError(t('bodyRequired'));
    setBusy(true);
    setError(null);
    try {
      const updated = await apiFetch<LiveEntryOutput>(`${incidentPath(incidentId)}/timeline/${entry.id}`, { method: 'PATCH', body: { version, body } });
      mergeIntoCache(qc, incidentId, [updated]);
      onDone();
    } catch (e) {
      setBusy(false);
      if (e instanceof ApiError && e.status === 409) {
        const current = (e.details.current ?? null) as LiveEntryOutput | null;
        if (current) mergeIntoCache(qc, incidentId, [current]);
        setConflict(current);
        if (current) setBaseVersion(current.version);
        else setError(presenter.message(e));
      } else setError(presenter.message(e));
    }
  }

  return (
    <div className="space-y-2">
      <label htmlFor={`edit-${entry.id}`} className="sr-only">{t('edit')}</label>
      <Textarea id={`edit-${entry.id}`} rows={4} value={body} onChange={(e) => setBody(e.target.value)} data-testid="entry-edit-input" />
      {conflict ? (
        <div role="alert" className="space-y-2 rounded-md bg-amber-50 p-3 text-sm ring-1 ring-amber-300" data-testid="entry-conflict-panel">
          <p className="font-medium text-amber-900">{t('conflict')}</p>
          <p className="text-xs text-amber-900">{t('theirVersion', { name: conflict.author.name ?? conflict.author.label })}</p>
          <pre className="whitespace-pre-wrap rounded bg-white p-2 text-xs ring-1 ring-amber-200">{conflict.body}</pre>
          <div className="flex gap-2">
            <Button onClick={() => void save(baseVersion)} disabled={busy} data-testid="entry-conflict-apply">{t('applyMine')}</Button>
            <Button variant="secondary" onClick={onDone} data-testid="entry-conflict-discard">{t('keepTheirs')}</Button>
          </div>
        </div>
      ) : null}
      {error ? <p role="alert" className="text-sm text-red-600">{error}</p> : null}
      {!conflict ? (
        <div className="flex gap-2">
          <Button onClick={() => void save(baseVersion)} disabled={busy} data-testid="entry-edit-save">{t('save')}</Button>
          <Button variant="secondary" onClick={onDone}>{t('cancel')}</Button>
        </div>
      ) : null}
    </div>
  );
}
