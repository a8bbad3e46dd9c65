'use client';
// "Have we seen this before?" beside the declare form (below it on phones): while the title
// and symptoms are typed (debounced), up to five known issues with their workaround inline,
// and similar past incidents. Each opens in a new tab, so the form keeps what was typed; a
// known issue can be ticked to be linked to the incident once it is declared.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { SimilarOutput } from '@/lib/search/schemas';
import { apiFetch } from '@/lib/client/api-client';

const DEBOUNCE_MS = 300;
/** Fewer characters than this say too little to match on. */
const MIN_CHARS = 2;

export function SeenBeforePanel({
  text,
  services,
  selected,
  onToggle,
}: {
  text: string;
  services: string[];
  selected: string[];
  onToggle: (id: string, on: boolean) => void;
}) {
  const t = useTranslations('search.seenBefore');
  const [fetched, setResult] = useState<SimilarOutput | null>(null);
  const [busy, setBusy] = useState(false);
  const query = text.trim();
  const serviceKey = services.join(',');

  useEffect(() => {
    if (query.length < MIN_CHARS) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setBusy(true);
      const p = new URLSearchParams({ q: query.slice(0, 2000), limit: '5' });
      if (serviceKey) p.set('service', serviceKey);
      apiFetch<SimilarOutput>(`/api/v1/search/similar?${p.toString()}`, { signal: controller.signal })
        .catch(() => null)
        .then((body) => {
          if (controller.signal.aborted) return;
          if (body) setResult(body);
          setBusy(false);
        })
        .catch(() => {});
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, serviceKey]);

  const result = query.length >= MIN_CHARS ? fetched : null;
  const knownIssues = result?.knownIssues ?? [];
  const incidents = (result?.incidents ?? []).slice(0, Math.max(0, 5 - knownIssues.length) || 2);
  return (
    <aside aria-labelledby="seen-before-title" aria-live="polite" className="rounded-lg bg-amber-50/60 p-3 ring-1 ring-amber-200" data-testid="seen-before">
      <h3 id="seen-before-title" className="text-sm font-semibold text-slate-800">{t('title')}</h3>
      {!result ? <p className="mt-1 text-xs text-slate-600">{busy ? t('searching') : t('hint')}</p> : null}
      {result && knownIssues.length === 0 && incidents.length === 0 ? <p className="mt-1 text-xs text-slate-600" data-testid="seen-before-none">{t('none')}</p> : null}
      {knownIssues.length > 0 ? (
        <section className="mt-2">
          <h4 className="text-xs font-medium uppercase tracking-wide text-slate-500">{t('knownIssues')}</h4>
          <ul className="mt-1 flex flex-col gap-2">
            {knownIssues.map((k) => (
              <li key={k.id} className="rounded-md bg-white p-2 text-sm ring-1 ring-slate-200" data-testid="seen-before-known-issue">
                <a href={`/known-issues/${k.id}`} target="_blank" rel="noopener" className="font-medium text-brand-700 hover:underline">{k.title}</a>
                <div className="mt-1 text-xs">
                  <span className="font-medium text-slate-600">{t('workaround')}: </span>
                  <span className="whitespace-pre-wrap break-words text-slate-800" data-testid="seen-before-workaround">{k.workaroundText.trim() ? k.workaroundText.slice(0, 400) : t('noWorkaround')}</span>
                </div>
                <label className="mt-1 flex items-center gap-1.5 text-xs text-slate-700">
                  <input type="checkbox" checked={selected.includes(k.id)} onChange={(e) => onToggle(k.id, e.target.checked)} data-testid="seen-before-link" />
                  {t('linkAfterDeclare')}
                </label>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {incidents.length > 0 ? (
        <section className="mt-2">
          <h4 className="text-xs font-medium uppercase tracking-wide text-slate-500">{t('pastIncidents')}</h4>
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {incidents.map((i) => (
              <li key={i.id} data-testid="seen-before-incident">
                <a href={`/incidents/${i.ref}`} target="_blank" rel="noopener" className="text-brand-700 hover:underline">
                  <span className="font-mono text-xs">{i.ref}</span> {i.title}
                </a>
                <span className="ml-1 text-xs text-slate-500">{i.severity}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}
