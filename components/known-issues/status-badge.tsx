// A known issue's status: colour plus text (never colour alone), the same everywhere.
import { useTranslations } from 'next-intl';
import type { KnownIssueStatus } from '@/lib/known-issues/schemas';

const statusClass: Record<KnownIssueStatus, string> = {
  active: 'bg-amber-50 text-amber-900 ring-amber-200',
  fixed: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  obsolete: 'bg-slate-100 text-slate-600 ring-slate-200',
};

export function KnownIssueStatusBadge({ status }: { status: KnownIssueStatus }) {
  const t = useTranslations('knownIssues.status');
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ${statusClass[status]}`} data-testid="known-issue-status" data-status={status}>
      {t(status)}
    </span>
  );
}
