import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AuditEntryList } from '@/components/admin/audit-entry-list';
import { AuditFilters } from '@/components/admin/audit-filters';
import { hrefWith, parseSearchParams, type SearchParams } from '@/components/admin/search-params';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { listAuditEntries } from '@/lib/audit/list-audit-entries';
import { listAuditQuery } from '@/lib/audit/schemas';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor('admin', '/admin/audit');
  const query = parseSearchParams(listAuditQuery, await searchParams);
  const list = await listAuditEntries(getDb(), { actor, input: query });
  const t = await getTranslations('admin.audit');
  const { limit: _limit, cursor, ...filters } = query;
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <AuditFilters values={filters} />
      <AuditEntryList entries={list.items} />
      <div className="mt-4 flex gap-2">
        {cursor ? <Link className={buttonClass('secondary')} href={hrefWith('/admin/audit', filters, {})}>{t('newest')}</Link> : null}
        {list.nextCursor ? (
          <Link className={buttonClass('secondary')} href={hrefWith('/admin/audit', filters, { cursor: list.nextCursor })} data-testid="audit-older">
            {t('older')}
          </Link>
        ) : null}
      </div>
    </>
  );
}
