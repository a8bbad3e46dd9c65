'use client';
// Deleting an entry needs a reason; the entry stays as a tombstone and in the audit log.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import type { TombstoneOutput } from '@/lib/timeline/schemas';
import { mergeIntoCache } from './timeline-sync';
import { useErrorPresenter } from '@/lib/client/error-presenter';

export function DeleteEntryForm({ path, incidentId, onDone }: { path: string; incidentId: string; onDone: () => void }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('incidents.timeline');
  const id = useId();
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!reason.trim()) return setError(t('reasonRequired'));
    try {
      const tomb = await apiFetch<TombstoneOutput>(path, { method: 'DELETE', body: { reason: reason.trim() } });
      mergeIntoCache(qc, incidentId, [tomb]);
      onDone();
    } catch (err) {
      setError(presenter.message(err));
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="mt-2 flex flex-wrap items-end gap-2 rounded-md bg-red-50 p-2 ring-1 ring-red-200" data-testid="entry-delete-form">
      <label htmlFor={id} className="w-full text-sm font-medium text-red-900 sm:w-auto">{t('deleteReason')}</label>
      <Input id={id} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus className="flex-1" aria-invalid={!!error} data-testid="entry-delete-reason" />
      <Button type="submit" variant="danger" data-testid="entry-delete-confirm">{t('delete')}</Button>
      <Button variant="secondary" onClick={onDone}>{t('cancel')}</Button>
      {error ? <p role="alert" className="w-full text-sm text-red-700">{error}</p> : null}
    </form>
  );
}
