import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { StatusPageForm } from '@/components/status-pages/status-page-form';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors/app-error';
import { listServiceOptions } from '@/lib/services/list-service-options';
import { getStatusPage } from '@/lib/status-pages/list-status-pages';

export const metadata: Metadata = { title: 'Status page' };

export default async function EditStatusPagePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePageActor('admin', `/admin/status-pages/${slug}`);
  const db = getDb();
  const page = await getStatusPage(db, { actor, slug }).catch((e: unknown) => {
    if (e instanceof AppError && e.code === 'not_found') notFound();
    throw e;
  });
  const services = await listServiceOptions(db, { actor });
  const t = await getTranslations('statusPages.admin');
  return (
    <>
      <PageHeader title={t('editTitle', { title: page.title })} description={<a href={page.url} className="text-brand-700 hover:underline">{page.url}</a>} />
      <StatusPageForm services={services.map((s) => ({ slug: s.slug, name: s.name }))} initial={page} />
    </>
  );
}
