'use client';
// The admin area's sub-navigation. Teams live at /teams (everyone may read them), but admins
// manage them from there, so the link belongs here too.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';

const items = [
  { href: '/admin/users', key: 'users' },
  { href: '/teams', key: 'teams' },
  { href: '/admin/tokens', key: 'tokens' },
  { href: '/admin/severities', key: 'severities' },
  { href: '/admin/notifications', key: 'notifications' },
  { href: '/admin/backups', key: 'backups' },
  { href: '/admin/status-pages', key: 'statusPages' },
  { href: '/admin/alert-sources', key: 'alertSources' },
  { href: '/admin/audit', key: 'audit' },
] as const;

export function AdminNav() {
  const t = useTranslations('admin.nav');
  const pathname = usePathname();
  return (
    <nav aria-label={t('label')} className="mb-6 flex flex-wrap gap-1 border-b border-slate-200 pb-2 text-sm" data-testid="admin-nav">
      {items.map((item) => {
        const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={current ? 'page' : undefined}
            className={`rounded-md px-3 py-1.5 ${current ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-100'}`}
          >
            {t(item.key)}
          </Link>
        );
      })}
    </nav>
  );
}
