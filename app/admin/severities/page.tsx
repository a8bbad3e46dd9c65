import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SeverityDescriptionsForm } from '@/components/admin/severity-descriptions-form';
import { PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { getSeverityDescriptions } from '@/lib/incidents/get-severity-descriptions';

export const metadata: Metadata = { title: 'Severities' };

export default async function SeveritiesPage() {
  const actor = await requirePageActor('admin', '/admin/severities');
  const descriptions = await getSeverityDescriptions(getDb(), { actor });
  const t = await getTranslations('admin.severities');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <SeverityDescriptionsForm initial={descriptions} />
    </>
  );
}
