'use client';
// The incident page's "Similar known issues": entries matching the incident's title, newest
// notes and summary (GET /api/v1/incidents/{ref}/similar), refreshed when the incident changes
// and every minute while the page is open (new notes are new symptoms). One click links an
// entry; linked entries stay listed with their workaround.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { Card } from '@/components/ui/card';
import type { IncidentSimilarOutput, SimilarKnownIssue } from '@/lib/search/schemas';
import { useErrorPresenter } from '@/lib/client/error-presenter';

const REFRESH_MS = 60_000;

export function SimilarKnownIssuesPanel({ reference, version, canWrite }: { reference: string; version: number; canWrite: boolean }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('search.similar');
  const ts = useTranslations('story.similar');
  const tSeen = useTranslations('search.seenBefore');
  const queryClient = useQueryClient();
  const key = ['incident', reference, 'similar-known-issues'];
  const { data } = useQuery({
    queryKey: [...key, version],
    queryFn: ({ signal }) => apiFetch<IncidentSimilarOutput>(`/api/v1/incidents/${encodeURIComponent(reference)}/similar`, { signal }),
    refetchInterval: REFRESH_MS,
    placeholderData: (previous) => previous,
  });
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function change(k: SimilarKnownIssue, link: boolean) {
    setPending(k.id);
    setError(null);
    try {
      const base = `/api/v1/known-issues/${encodeURIComponent(k.id)}/incidents`;
      await (link ? apiFetch(base, { method: 'POST', body: { incident: reference } }) : apiFetch(`${base}/${encodeURIComponent(reference)}`, { method: 'DELETE' }));
      await queryClient.invalidateQueries({ queryKey: key });
    } catch (e) {
      setError(t('failed', { message: presenter.message(e) }));
    } finally {
      setPending(null);
    }
  }

  const item = (k: SimilarKnownIssue, linked: boolean) => (
    <li key={k.id} className="rounded-md p-2 text-sm ring-1 ring-slate-200" data-testid={linked ? 'linked-known-issue' : 'similar-known-issue'}>
      <div className="flex items-start justify-between gap-2">
        <a href={`/known-issues/${k.id}`} className="font-medium text-brand-700 hover:underline">{k.title}</a>
        {canWrite ? (
          <button
            type="button"
            disabled={pending === k.id}
            onClick={() => void change(k, !linked)}
            className="shrink-0 rounded-md px-2 py-0.5 text-xs font-medium text-brand-700 ring-1 ring-brand-500 hover:bg-brand-50 disabled:opacity-50"
            data-testid={linked ? 'unlink-known-issue' : 'link-known-issue'}
          >
            {pending === k.id ? t('linking') : linked ? t('unlink') : t('link')}
          </button>
        ) : null}
      </div>
      {k.snippet && !linked ? <p className="mt-1 break-words text-xs text-slate-600 [&_mark]:bg-yellow-200" dangerouslySetInnerHTML={{ __html: k.snippet }} /> : null}
      <p className="mt-1 text-xs">
        <span className="font-medium text-slate-600">{tSeen('workaround')}: </span>
        <span className="whitespace-pre-wrap break-words text-slate-800">{k.workaroundText.trim() ? k.workaroundText.slice(0, 500) : tSeen('noWorkaround')}</span>
      </p>
    </li>
  );

  return (
    <Card title={t('title')}>
      <div data-testid="similar-known-issues">
        {error ? <p role="alert" className="mb-2 text-sm text-red-600">{error}</p> : null}
        <h3 className="text-xs font-medium uppercase tracking-wide text-slate-500">{t('linked')}</h3>
        {data?.linked.length ? <ul className="mt-1 mb-3 flex flex-col gap-2">{data.linked.map((k) => item(k, true))}</ul> : <p className="mt-1 mb-3 text-sm text-slate-500">{t('noneLinked')}</p>}
        <p className="text-xs text-slate-500">{t('hint')}</p>
        {/* Under a linked issue, "none matches" would contradict it: say no *other* one does. */}
        {data && data.suggestions.length === 0 ? <p className="mt-1 text-sm text-slate-500" data-testid="similar-none">{data.linked.length ? ts('noneOther') : t('none')}</p> : null}
        {data?.suggestions.length ? <ul className="mt-1 flex flex-col gap-2">{data.suggestions.map((k) => item(k, false))}</ul> : null}
      </div>
    </Card>
  );
}
