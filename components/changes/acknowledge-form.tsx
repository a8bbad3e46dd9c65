'use client';
// "We checked our side": acknowledge the change for one of your teams, with an optional note.
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/field';
import { useChangeAction } from './use-change-action';
import { useErrorPresenter } from '@/lib/client/error-presenter';

export function AcknowledgeForm({ changeId, team }: { changeId: string; team: { slug: string; name: string } }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('changes.ack');
  const id = useId();
  const [note, setNote] = useState('');
  const { run, busy, error } = useChangeAction();
  return (
    <form
      className="mt-2 space-y-2"
      data-testid={`ack-form-${team.slug}`}
      onSubmit={(e) => {
        e.preventDefault();
        void run(`/api/v1/changes/${changeId}/acknowledgements`, 'POST', { team: team.slug, note });
      }}
    >
      <label htmlFor={id} className="sr-only">{t('note')}</label>
      <Textarea id={id} rows={2} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} placeholder={t('notePlaceholder')} />
      <Button type="submit" disabled={busy} data-testid="ack-submit">{t('submit', { team: team.name })}</Button>
      {error ? <p role="alert" className="text-sm text-red-600">{t('failed', { message: presenter.message(error) })}</p> : null}
    </form>
  );
}
