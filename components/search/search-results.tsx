// The /search page's results: type badge, title (with the incident reference), status,
// services and the snippet. The snippet is HTML from lib/search/highlight.ts: the text
// escaped, with only <mark> added, so it is safe to insert.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { SearchHit } from '@/lib/search/schemas';
import { resultHref, typeBadgeClass } from './result-href';

export function SearchResults({ hits }: { hits: SearchHit[] }) {
  const t = useTranslations('search');
  return (
    <ol className="flex flex-col gap-2" data-testid="search-results">
      {hits.map((hit) => (
        <li key={`${hit.type}:${hit.id}`} className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200" data-testid="search-result" data-type={hit.type}>
          <div className="flex flex-wrap items-center gap-2">
            <span className={`rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${typeBadgeClass[hit.type]}`}>{t(`type.${hit.type}`)}</span>
            {hit.ref ? <span className="font-mono text-xs text-slate-500">{hit.ref}</span> : null}
            <Link href={resultHref(hit)} className="font-medium text-brand-700 hover:underline">{hit.title}</Link>
            <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t.has(`status.${hit.status}`) ? t(`status.${hit.status}`) : hit.status}</span>
            {hit.severity ? <span className="text-xs text-slate-500">{hit.severity}</span> : null}
            {hit.services?.length ? <span className="text-xs text-slate-500">{hit.services.join(', ')}</span> : null}
          </div>
          {hit.snippet ? (
            <p className="mt-1 break-words text-sm text-slate-700 [&_mark]:rounded [&_mark]:bg-yellow-200 [&_mark]:px-0.5" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
          ) : null}
        </li>
      ))}
    </ol>
  );
}
