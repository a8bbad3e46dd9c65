import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StatusPageForm } from '@/components/status-pages/status-page-form';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { listServiceOptions } from '@/lib/services/list-service-options';

export const metadata: Metadata = { title: 'New status page' };

export default async function NewStatusPagePage() {
  const actor = await requirePageActor('admin', '/admin/status-pages/new');
  const services = await listServiceOptions(getDb(), { actor });
  const t = await getTranslations('statusPages.admin');
  return (
    <>
      <PageHeader title={t('newTitle')} />
      <StatusPageForm services={services.map((s) => ({ slug: s.slug, name: s.name }))} />
    </>
  );
}
