import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Button, buttonClass } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import { knownIssueStatuses, type KnownIssueStatus } from '@/lib/known-issues/schemas';

export interface KnownIssueSearchValues {
  q?: string | undefined;
  status?: KnownIssueStatus | undefined;
}

/** A plain GET form: the query lives in the URL, so a search can be shared and works without JavaScript. */
export function KnownIssueSearchForm({ values }: { values: KnownIssueSearchValues }) {
  const t = useTranslations('knownIssues.search');
  const ts = useTranslations('knownIssues.status');
  return (
    <form method="get" action="/known-issues" role="search" aria-label={t('label')} className="mb-4 flex flex-wrap items-end gap-2" data-testid="known-issue-search">
      <label className="min-w-64 flex-1 text-sm">
        <span className="mb-1 block font-medium text-slate-700">{t('query')}</span>
        <Input type="search" name="q" defaultValue={values.q ?? ''} placeholder={t('placeholder')} maxLength={500} data-testid="known-issue-search-q" />
      </label>
      <label className="text-sm">
        <span className="mb-1 block font-medium text-slate-700">{t('status')}</span>
        <Select name="status" defaultValue={values.status ?? ''} data-testid="known-issue-search-status">
          <option value="">{t('anyStatus')}</option>
          {knownIssueStatuses.map((s) => <option key={s} value={s}>{ts(s)}</option>)}
        </Select>
      </label>
      <Button type="submit" variant="secondary" data-testid="known-issue-search-apply">{t('apply')}</Button>
      {values.q || values.status ? <Link href="/known-issues" className={buttonClass('ghost')}>{t('clear')}</Link> : null}
    </form>
  );
}
