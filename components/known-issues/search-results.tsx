// Search hits, best first. The snippet is HTML built by lib/search/highlight.ts: the entry's
// text escaped, with only <mark> added, so it is safe to insert.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { SearchHit } from '@/lib/search/schemas';
import type { KnownIssueStatus } from '@/lib/known-issues/schemas';
import { KnownIssueStatusBadge } from './status-badge';

export function KnownIssueSearchResults({ q, hits }: { q: string; hits: SearchHit[] }) {
  const t = useTranslations('knownIssues.search');
  if (hits.length === 0) return <p className="text-sm text-slate-600" data-testid="known-issue-no-results">{t('noResults', { q })}</p>;
  return (
    <section aria-label={t('resultsFor', { q })}>
      <h2 className="mb-2 text-sm font-medium text-slate-600">{t('resultsFor', { q })}</h2>
      <ol className="flex flex-col gap-2" data-testid="known-issue-results">
        {hits.map((hit) => (
          <li key={hit.id} className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200" data-testid="known-issue-result">
            <div className="flex flex-wrap items-center gap-2">
              <Link href={`/known-issues/${hit.id}`} className="font-medium text-brand-700 hover:underline">{hit.title}</Link>
              <KnownIssueStatusBadge status={hit.status as KnownIssueStatus} />
            </div>
            <p className="mt-1 break-words text-sm text-slate-700 [&_mark]:rounded [&_mark]:bg-yellow-200 [&_mark]:px-0.5" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
          </li>
        ))}
      </ol>
    </section>
  );
}
