import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { KnownIssueSummaryOutput } from '@/lib/known-issues/schemas';
import { markdownToText } from '@/lib/markdown/markdown-to-text';
import { KnownIssueStatusBadge } from './status-badge';

/** The knowledge base, most recently changed first, with each entry's workaround in view. */
export function KnownIssueList({ items }: { items: KnownIssueSummaryOutput[] }) {
  const t = useTranslations('knownIssues.list');
  const format = useFormatter();
  return (
    <ul className="flex flex-col gap-2" data-testid="known-issue-list">
      {items.map((k) => (
        <li key={k.id} className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200" data-testid="known-issue-row">
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/known-issues/${k.id}`} className="font-medium text-brand-700 hover:underline">{k.title}</Link>
            <KnownIssueStatusBadge status={k.status} />
            {k.services.map((s) => <span key={s.slug} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{s.name}</span>)}
          </div>
          {k.workaround ? <p className="mt-1 line-clamp-2 break-words text-sm text-slate-700">{markdownToText(k.workaround)}</p> : null}
          <p className="mt-1 text-xs text-slate-500">{t('updated', { date: format.dateTime(new Date(k.updatedAt), { dateStyle: 'medium' }) })}</p>
        </li>
      ))}
    </ul>
  );
}
