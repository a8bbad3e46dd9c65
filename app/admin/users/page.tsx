import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { CreateUserPanel } from '@/components/admin/create-user-panel';
import { hrefWith, parseSearchParams, type SearchParams } from '@/components/admin/search-params';
import { UserFilters } from '@/components/admin/user-filters';
import { UserTable } from '@/components/admin/user-table';
import { buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { listUsers } from '@/lib/users/list-users';
import { listUsersQuery } from '@/lib/users/schemas';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor('admin', '/admin/users');
  const query = parseSearchParams(listUsersQuery, await searchParams);
  const list = await listUsers(getDb(), { actor, input: query });
  const t = await getTranslations('admin.users');
  const format = await getFormatter();
  const filters = { q: query.q, role: query.role, active: query.active };
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <CreateUserPanel />
      <UserFilters values={filters} />
      <UserTable
        users={list.items.map((u) => ({
          ...u,
          lastLogin: u.lastLoginAt ? format.dateTime(new Date(u.lastLoginAt), { dateStyle: 'medium', timeStyle: 'short' }) : null,
        }))}
        currentUserId={actor.userId}
      />
      <div className="mt-4 flex gap-2">
        {query.cursor ? <Link className={buttonClass('secondary')} href={hrefWith('/admin/users', filters, {})}>{t('firstPage')}</Link> : null}
        {list.nextCursor ? (
          <Link className={buttonClass('secondary')} href={hrefWith('/admin/users', filters, { cursor: list.nextCursor })} data-testid="users-next-page">
            {t('nextPage')}
          </Link>
        ) : null}
      </div>
    </>
  );
}
