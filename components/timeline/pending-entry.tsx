'use client';
// An entry still in this browser's outbox: not on the server yet. It says so plainly, shows
// why (offline, server trouble, or refused: the server's code and issues in the reader's language), and lets the user
// discard it, or fix and resend one the server refused.
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/field';
import { getBrowserOutbox } from '@/lib/offline/browser-outbox';
import type { OutboxItem } from '@/lib/offline/outbox';
import { useErrorPresenter } from '@/lib/client/error-presenter';

export function PendingEntry({ item }: { item: OutboxItem }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('incidents.outbox');
  const tk = useTranslations('incidents.timelineKind');
  const format = useFormatter();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(item.payload.body);
  const failed = item.status === 'failed';
  const outbox = getBrowserOutbox();
  const foreign = !outbox.isSendable(item) && item.owner != null;

  return (
    <li className={`rounded-md border-2 border-dashed p-3 ${failed ? 'border-red-300 bg-red-50' : 'border-slate-300 bg-slate-50'}`} data-testid="timeline-pending" data-outbox-key={item.key} data-status={item.status}>
      <div className="mb-1 flex flex-wrap items-center gap-2 text-xs">
        <span className="rounded bg-slate-200 px-1.5 py-0.5 font-medium text-slate-700">{tk(item.payload.kind as 'note')}</span>
        <span className={`font-semibold ${failed ? 'text-red-700' : 'text-slate-700'}`} data-testid="pending-marker">
          {failed ? t('failed') : t('pending')}
        </span>
        <time dateTime={new Date(item.createdAt).toISOString()} className="text-slate-500">
          {t('written', { time: format.dateTime(new Date(item.createdAt), { hour: '2-digit', minute: '2-digit', second: '2-digit' }) })}
        </time>
        {!failed && item.attempts > 0 ? <span className="text-slate-500">{t('attempts', { count: item.attempts })}</span> : null}
      </div>
      {editing ? (
        <Textarea rows={3} value={body} onChange={(e) => setBody(e.target.value)} aria-label={t('edit')} data-testid="pending-edit-input" />
      ) : (
        // Not yet rendered by the server, so shown as plain text (never as HTML).
        <p className="whitespace-pre-wrap break-words text-sm text-slate-800">{item.payload.body}</p>
      )}
      {foreign ? <p className="mt-1 text-xs text-slate-600">{t('otherAccount')}</p> : null}
      {item.lastError ? (
        <p className={`mt-1 text-xs ${failed ? 'text-red-700' : 'text-slate-500'}`} role={failed ? 'alert' : undefined}>
          {failed ? t('refused', { message: presenter.message({ code: item.lastError.code ?? 'bad_request', issues: item.lastError.issues }) }) : item.lastError.status ? t('serverTrouble', { status: item.lastError.status }) : t('offline')}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {failed && editing ? (
          <Button onClick={() => void outbox.retry(item.key, { body }).then(() => setEditing(false))} data-testid="pending-resend">{t('resend')}</Button>
        ) : null}
        {failed && !editing ? <Button variant="secondary" onClick={() => setEditing(true)} data-testid="pending-edit">{t('edit')}</Button> : null}
        {!failed && !foreign ? <Button variant="secondary" onClick={() => void outbox.wake()} data-testid="pending-retry">{t('retryNow')}</Button> : null}
        <Button variant="ghost" onClick={() => void outbox.discard(item.key)} data-testid="pending-discard">{t('discard')}</Button>
      </div>
    </li>
  );
}
