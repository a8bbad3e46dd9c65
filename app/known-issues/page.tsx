import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { KnownIssueList } from '@/components/known-issues/known-issue-list';
import { KnownIssueSearchForm, type KnownIssueSearchValues } from '@/components/known-issues/search-form';
import { KnownIssueSearchResults } from '@/components/known-issues/search-results';
import { buttonClass } from '@/components/ui/button';
import { CsvLink } from '@/components/export/csv-link';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { listKnownIssues } from '@/lib/known-issues/list-known-issues';
import { knownIssueStatuses, type KnownIssueStatus } from '@/lib/known-issues/schemas';
import { search } from '@/lib/search/search';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('knownIssues'))('title') };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

function valuesFrom(sp: Search): KnownIssueSearchValues {
  const status = one(sp.status);
  return {
    q: one(sp.q)?.slice(0, 500),
    status: knownIssueStatuses.includes(status as KnownIssueStatus) ? (status as KnownIssueStatus) : undefined,
  };
}

function pageHref(v: KnownIssueSearchValues, cursor?: string): string {
  const p = new URLSearchParams();
  if (v.status) p.set('status', v.status);
  if (cursor) p.set('cursor', cursor);
  const s = p.toString();
  return s ? `/known-issues?${s}` : '/known-issues';
}

export default async function KnownIssuesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor('viewer', '/known-issues');
  const t = await getTranslations('knownIssues');
  const sp = await searchParams;
  const values = valuesFrom(sp);
  const db = getDb();
  // Viewers read the knowledge base: no write control is rendered for them.
  const createButton = hasRole(actor, 'responder') ? <Link href="/known-issues/new" className={buttonClass('primary')} data-testid="known-issue-new">{t('new')}</Link> : null;
  const header = <PageHeader title={t('title')} description={t('intro')} actions={<><CsvLink href="/api/v1/known-issues.csv" query={{ status: values.status }} />{createButton}</>} />;

  if (values.q) {
    const { items } = await search(db, { actor, input: { q: values.q, type: 'known_issue', status: values.status, limit: 20 } });
    return (
      <>
        {header}
        <KnownIssueSearchForm values={values} />
        <KnownIssueSearchResults q={values.q} hits={items} />
      </>
    );
  }

  const cursor = one(sp.cursor);
  const input = { status: values.status, limit: 50 };
  // A stale or hand-edited cursor shows the first page rather than an error.
  const page = await listKnownIssues(db, { actor, input: { ...input, cursor } }).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'invalid') return listKnownIssues(db, { actor, input });
    throw e;
  });
  return (
    <>
      {header}
      <KnownIssueSearchForm values={values} />
      {page.items.length === 0 ? (
        <Card>
          <p className="py-4 text-slate-600" data-testid="known-issues-empty">{values.status || cursor ? t('list.noMatch') : t('list.empty')}</p>
        </Card>
      ) : (
        <KnownIssueList items={page.items} />
      )}
      <nav className="mt-4 flex gap-2" aria-label={t('title')}>
        {cursor ? <Link href={pageHref(values)} className={buttonClass('ghost')}>{t('list.firstPage')}</Link> : null}
        {page.nextCursor ? <Link href={pageHref(values, page.nextCursor)} className={buttonClass('secondary')} data-testid="known-issues-next">{t('list.nextPage')}</Link> : null}
      </nav>
    </>
  );
}
