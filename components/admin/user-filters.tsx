import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import { roles } from '@/lib/auth/roles';

// A plain GET form: filters live in the URL, so they can be bookmarked and work without script.
export async function UserFilters({ values }: { values: { q?: string | undefined; role?: string | undefined; active?: string | undefined } }) {
  const t = await getTranslations('admin.users');
  const tc = await getTranslations('common');
  return (
    <form method="get" action="/admin/users" role="search" className="mb-4 grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end">
      <div className="space-y-1">
        <label htmlFor="users-q" className="block text-sm font-medium text-slate-700">{t('search')}</label>
        <Input id="users-q" name="q" type="search" defaultValue={values.q ?? ''} placeholder={t('searchPlaceholder')} data-testid="users-search" />
      </div>
      <div className="space-y-1">
        <label htmlFor="users-role" className="block text-sm font-medium text-slate-700">{t('role')}</label>
        <Select id="users-role" name="role" defaultValue={values.role ?? ''} data-testid="users-role-filter">
          <option value="">{t('anyRole')}</option>
          {roles.map((r) => <option key={r} value={r}>{tc(`roles.${r}`)}</option>)}
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor="users-active" className="block text-sm font-medium text-slate-700">{t('status')}</label>
        <Select id="users-active" name="active" defaultValue={values.active ?? ''} data-testid="users-active-filter">
          <option value="">{t('anyStatus')}</option>
          <option value="true">{t('active')}</option>
          <option value="false">{t('deactivated')}</option>
        </Select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass('secondary')}>{tc('actions.filter')}</button>
        <Link href="/admin/users" className={buttonClass('ghost')}>{tc('actions.clear')}</Link>
      </div>
    </form>
  );
}
