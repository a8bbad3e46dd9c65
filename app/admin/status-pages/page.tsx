import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { listStatusPages } from '@/lib/status-pages/list-status-pages';

export const metadata: Metadata = { title: 'Status pages' };

export default async function StatusPagesAdminPage() {
  const actor = await requirePageActor('admin', '/admin/status-pages');
  const pages = await listStatusPages(getDb(), { actor });
  const t = await getTranslations('statusPages.admin');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} actions={<Link href="/admin/status-pages/new" className={buttonClass('primary')} data-testid="new-status-page">{t('new')}</Link>} />
      <Card>
        {pages.length === 0 ? (
          <p className="text-sm text-slate-600">{t('empty')}</p>
        ) : (
          <ul className="divide-y divide-slate-200" data-testid="status-page-list">
            {pages.map((p) => (
              <li key={p.slug} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div className="min-w-0">
                  <Link href={`/admin/status-pages/${p.slug}`} className="font-medium text-brand-700 hover:underline">{p.title}</Link>
                  <p className="break-all text-xs text-slate-500">/status/{p.slug} · {t(`visibility.${p.visibility}`)} · {t('componentCount', { count: p.components.length })}</p>
                </div>
                <a href={p.url} className="text-sm text-brand-700 hover:underline" target="_blank" rel="noreferrer">{t('open')}</a>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
