// "Have we seen this before?": active known issues of the changed service and its dependents.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import type { RelatedKnownIssue } from '@/lib/changes/list-related-known-issues';

export function RelatedKnownIssues({ service, issues }: { service: string; issues: RelatedKnownIssue[] }) {
  const t = useTranslations('changes.knownIssues');
  return (
    <Card title={t('title')}>
      <p className="mb-3 text-sm text-slate-600">{t('intro', { service })}</p>
      {issues.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="related-known-issues-empty">{t('empty')}</p>
      ) : (
        <ul className="space-y-3" data-testid="related-known-issues">
          {issues.map((k) => (
            <li key={k.id} className="text-sm">
              <Link href={`/known-issues/${k.id}`} className="font-medium text-sky-700 hover:underline">{k.title}</Link>
              <span className="text-slate-600"> · {k.services.map((s) => s.name).join(', ')}</span>
              <p className="mt-1 whitespace-pre-wrap text-slate-700"><span className="font-medium">{t('workaround')}: </span>{k.workaround || t('noWorkaround')}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
