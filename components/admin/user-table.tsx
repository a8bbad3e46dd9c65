import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { UserOutput } from '@/lib/users/schemas';
import { StatusBadge } from './status-badge';
import { Table } from '@/components/ui/table';

type Row = UserOutput & { lastLogin: string | null };

export async function UserTable({ users, currentUserId }: { users: Row[]; currentUserId: string | null }) {
  const t = await getTranslations('admin.users');
  const tc = await getTranslations('common');
  if (users.length === 0) return <p className="rounded-md bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">{t('none')}</p>;
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <Table data-testid="users-table">
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2">{t('name')}</th>
            <th scope="col" className="px-3 py-2">{t('email')}</th>
            <th scope="col" className="px-3 py-2">{t('role')}</th>
            <th scope="col" className="px-3 py-2">{t('status')}</th>
            <th scope="col" className="hidden px-3 py-2 md:table-cell">{t('lastLogin')}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((u) => (
            <tr key={u.id} data-testid="user-row" data-email={u.email}>
              <td data-label={t('name')} className="px-3 py-2">
                <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 hover:underline">{u.name}</Link>
                {u.id === currentUserId ? <span className="ml-1 text-xs text-slate-500">{t('you')}</span> : null}
              </td>
              <td data-label={t('email')} className="px-3 py-2 break-all">{u.email}</td>
              <td data-label={t('role')} className="whitespace-nowrap px-3 py-2">{tc(`roles.${u.role}`)}</td>
              <td data-label={t('status')} className="px-3 py-2">
                {u.active ? <StatusBadge tone="green">{t('active')}</StatusBadge> : <StatusBadge tone="grey">{t('deactivated')}</StatusBadge>}
              </td>
              <td data-label={t('lastLogin')} className="hidden px-3 py-2 text-slate-600 md:table-cell">{u.lastLogin ?? tc('never')}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
