import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CreateTokenPanel } from '@/components/admin/create-token-panel';
import { hrefWith, parseSearchParams, type SearchParams } from '@/components/admin/search-params';
import { TokenTable } from '@/components/admin/token-table';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { listApiTokens } from '@/lib/api-tokens/list-api-tokens';
import { listApiTokensQuery } from '@/lib/api-tokens/schemas';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'API tokens' };

export default async function TokensPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor('admin', '/admin/tokens');
  const query = parseSearchParams(listApiTokensQuery, await searchParams);
  const list = await listApiTokens(getDb(), { actor, input: query });
  const t = await getTranslations('admin.tokens');
  const format = await getFormatter();
  const when = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' }) : null);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <CreateTokenPanel />
      <TokenTable
        tokens={list.items.map((tk) => ({
          ...tk,
          createdAtText: when(tk.createdAt) ?? '',
          lastUsedText: when(tk.lastUsedAt),
          expiresText: when(tk.expiresAt),
        }))}
      />
      <div className="mt-4 flex gap-2">
        {query.cursor ? <Link className={buttonClass('secondary')} href="/admin/tokens">{t('firstPage')}</Link> : null}
        {list.nextCursor ? <Link className={buttonClass('secondary')} href={hrefWith('/admin/tokens', {}, { cursor: list.nextCursor })}>{t('nextPage')}</Link> : null}
      </div>
    </>
  );
}
