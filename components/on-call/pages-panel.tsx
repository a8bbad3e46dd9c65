'use client';
// An incident's pages: who was paged at which level, and where each stands, with the buttons
// to acknowledge (the paged person, or any responder), escalate now and reassign.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { PageOutput } from '@/lib/on-call/schemas';
import { onCallKeys } from './query-keys';

export function PagesPanel({ reference, viewerId, canWrite }: { reference: string; viewerId: string | null; canWrite: boolean }) {
  const t = useTranslations('onCall.pages');
  const format = useFormatter();
  const qc = useQueryClient();
  const presenter = useErrorPresenter();
  const [reassigning, setReassigning] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const { data: pages = [] } = useQuery({
    queryKey: onCallKeys.pages(reference),
    queryFn: () => apiFetch<PageOutput[]>(`/api/v1/incidents/${encodeURIComponent(reference)}/pages`),
    refetchInterval: 15_000,
  });
  const act = useMutation({
    mutationFn: ({ id, action, body }: { id: string; action: 'ack' | 'escalate' | 'reassign'; body?: unknown }) => apiFetch(`/api/v1/pages/${id}/${action}`, { method: 'POST', body: body ?? {} }),
    onSuccess: () => {
      setReassigning(null);
      void qc.invalidateQueries({ queryKey: onCallKeys.pages(reference) });
    },
  });
  if (pages.length === 0) return null;
  const when = (iso: string) => format.dateTime(new Date(iso), { hour: '2-digit', minute: '2-digit', month: 'short', day: 'numeric' });
  return (
    <Card title={t('heading')}>
      <ul className="space-y-2 text-sm" data-testid="incident-pages">
        {pages.map((p) => {
          // Anyone signed in sees the buttons; the server lets the paged person or a responder act.
          const canAct = canWrite || viewerId !== null;
          return (
            <li key={p.id} className="break-words" data-testid="page-row" data-status={p.status}>
              <p>
                <span className="text-xs text-slate-500">{t('level', { level: p.level })}</span> <span className="font-medium">{p.name}</span>{' '}
                <span className={p.status === 'acknowledged' ? 'text-emerald-700' : p.status === 'sent' ? 'text-amber-800' : 'text-slate-500'}>{t(`status.${p.status}`)}</span>
              </p>
              <p className="text-xs text-slate-600">
                {t('sentAt', { when: when(p.sentAt) })}
                {p.acknowledgedAt ? ` · ${t('acknowledgedAt', { when: when(p.acknowledgedAt) })}` : null}
              </p>
              {p.status === 'sent' && canAct ? (
                <div className="mt-1 flex flex-wrap gap-2">
                  <Button variant="primary" disabled={act.isPending} onClick={() => act.mutate({ id: p.id, action: 'ack' })} data-testid="page-ack">{t('ack')}</Button>
                  <Button variant="secondary" disabled={act.isPending} onClick={() => act.mutate({ id: p.id, action: 'escalate' })} data-testid="page-escalate">{t('escalateNow')}</Button>
                  <Button variant="ghost" disabled={act.isPending} onClick={() => setReassigning(reassigning === p.id ? null : p.id)}>{t('reassign')}</Button>
                </div>
              ) : null}
              {reassigning === p.id ? (
                <form
                  className="mt-1 flex flex-wrap gap-2"
                  onSubmit={(e) => {
                    e.preventDefault();
                    act.mutate({ id: p.id, action: 'reassign', body: { email } });
                  }}
                >
                  <label className="sr-only" htmlFor={`reassign-${p.id}`}>{t('reassignTo')}</label>
                  <input id={`reassign-${p.id}`} type="email" required value={email} onChange={(e) => setEmail(e.target.value)} placeholder={t('reassignTo')} className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1" />
                  <Button type="submit" variant="primary" disabled={act.isPending}>{t('reassign')}</Button>
                </form>
              ) : null}
            </li>
          );
        })}
      </ul>
      {act.error ? <p role="alert" className="mt-2 text-sm text-red-600">{t('failed', { message: presenter.message(act.error) })}</p> : null}
    </Card>
  );
}
