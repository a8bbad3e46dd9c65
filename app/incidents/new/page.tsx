import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DeclareIncidentForm } from '@/components/incidents/declare-incident-form';
import { localSeverityDescriptions } from '@/components/incidents/local-severity-descriptions';
import { Card } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('incidents.declare');
  return { title: t('title') };
}

export default async function NewIncidentPage() {
  const actor = await requirePageActor('responder', '/incidents/new');
  const t = await getTranslations('incidents.declare');
  const descriptions = await localSeverityDescriptions(actor, await getLocale());
  return (
    <div className="mx-auto max-w-4xl">
      <Card>
        <h1 className="mb-1 text-xl font-semibold">{t('title')}</h1>
        <p className="mb-4 text-sm text-slate-600">{t('intro')}</p>
        <DeclareIncidentForm descriptions={descriptions} idPrefix="declare-page" />
      </Card>
    </div>
  );
}
