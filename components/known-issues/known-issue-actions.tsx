'use client';
// Responders' controls on a known issue's page: mark active / fixed / obsolete, mark reviewed
// (shown prominently when a review is due), link an incident by its reference and unlink
// linked ones. Each calls the API and refreshes the server-rendered page.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiFetch, ApiError } from '@/lib/client/api-client';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import type { KnownIssueStatus } from '@/lib/known-issues/schemas';
import { useErrorPresenter } from '@/lib/client/error-presenter';

const statusActions: { status: KnownIssueStatus; key: 'markActive' | 'markFixed' | 'markObsolete' }[] = [
  { status: 'active', key: 'markActive' },
  { status: 'fixed', key: 'markFixed' },
  { status: 'obsolete', key: 'markObsolete' },
];

function useAction() {
  const presenter = useErrorPresenter();
  const t = useTranslations('knownIssues.actions');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(call: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await call();
      router.refresh();
      return true;
    } catch (e) {
      setError(e instanceof ApiError && e.status === 409 ? t('conflict') : t('failed', { message: presenter.message(e) }));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}

const base = (id: string) => `/api/v1/known-issues/${encodeURIComponent(id)}`;

export function KnownIssueStatusActions({ id, status, version, reviewDue, reviewMonths }: { id: string; status: KnownIssueStatus; version: number; reviewDue: boolean; reviewMonths: number }) {
  const t = useTranslations('knownIssues.actions');
  const { busy, error, run } = useAction();
  return (
    <div className="flex flex-col gap-2" data-testid="known-issue-actions">
      {reviewDue ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-300" data-testid="known-issue-review-due">{t('reviewDue', { months: reviewMonths })}</p> : null}
      <div className="flex flex-wrap items-center gap-2">
        {statusActions.filter((a) => a.status !== status).map((a) => (
          <Button key={a.status} variant="secondary" disabled={busy} onClick={() => void run(() => apiFetch(`${base(id)}/status`, { method: 'PUT', body: { status: a.status } }))} data-testid={`known-issue-status-${a.status}`}>
            {t(a.key)}
          </Button>
        ))}
        <Button variant={reviewDue ? 'primary' : 'ghost'} disabled={busy} onClick={() => void run(() => apiFetch(base(id), { method: 'PATCH', body: { version, reviewed: true } }))} data-testid="known-issue-mark-reviewed">
          {t('markReviewed')}
        </Button>
      </div>
      {error ? <p role="alert" className="text-sm text-red-600">{error}</p> : null}
    </div>
  );
}

export function KnownIssueIncidentLinks({ id, incidents, canWrite }: { id: string; incidents: { id: string; reference: string; title: string }[]; canWrite: boolean }) {
  const t = useTranslations('knownIssues.actions');
  const td = useTranslations('knownIssues.detail');
  const { busy, error, run } = useAction();
  const [ref, setRef] = useState('');
  return (
    <div>
      {incidents.length === 0 ? (
        <p className="text-sm text-slate-500">{td('noIncidents')}</p>
      ) : (
        <ul className="flex flex-col gap-1 text-sm" data-testid="known-issue-incidents">
          {incidents.map((i) => (
            <li key={i.id} className="flex items-start justify-between gap-2">
              <span><a href={`/incidents/${i.reference}`} className="text-brand-700 hover:underline">{i.reference}</a> {i.title}</span>
              {canWrite ? (
                <button type="button" disabled={busy} onClick={() => void run(() => apiFetch(`${base(id)}/incidents/${encodeURIComponent(i.reference)}`, { method: 'DELETE' }))} className="shrink-0 text-xs text-slate-600 underline hover:text-red-700" data-testid="known-issue-unlink">
                  {t('unlink')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <form
          className="mt-3 flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (!ref.trim()) return;
            void run(() => apiFetch(`${base(id)}/incidents`, { method: 'POST', body: { incident: ref.trim() } })).then((ok) => ok && setRef(''));
          }}
        >
          <Input value={ref} onChange={(e) => setRef(e.target.value)} placeholder={t('incidentRef')} aria-label={t('linkIncident')} className="flex-1" data-testid="known-issue-link-ref" />
          <Button type="submit" variant="secondary" disabled={busy || !ref.trim()} data-testid="known-issue-link">{t('link')}</Button>
        </form>
      ) : null}
      {error ? <p role="alert" className="mt-1 text-sm text-red-600">{error}</p> : null}
    </div>
  );
}
