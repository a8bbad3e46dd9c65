import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ServiceForm } from '@/components/services/service-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { listServiceOptions } from '@/lib/services/list-service-options';
import { listTeamOptions } from '@/lib/teams/list-team-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('catalogue.services.form'))('createTitle') };
}

export default async function NewServicePage() {
  const actor = await requirePageActor('responder', '/services/new');
  const t = await getTranslations('catalogue.services.form');
  const db = getDb();
  const [teams, choices] = await Promise.all([listTeamOptions(db, { actor }), listServiceOptions(db, { actor })]);
  return (
    <>
      <PageHeader title={t('createTitle')} />
      <Card>
        <ServiceForm teams={teams} choices={choices} />
      </Card>
    </>
  );
}
