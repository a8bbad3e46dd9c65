import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { orNotFound } from '@/app/services/or-not-found';
import { ServiceForm } from '@/components/services/service-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { getService } from '@/lib/services/get-service';
import { listServiceOptions } from '@/lib/services/list-service-options';
import { listTeamOptions } from '@/lib/teams/list-team-options';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations('catalogue.services.form'))('editTitle', { name: (await params).slug }) };
}

export default async function EditServicePage({ params }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor('responder', `/services/${slug}/edit`);
  const t = await getTranslations('catalogue.services.form');
  const db = getDb();
  const service = await orNotFound(getService(db, { actor, slug }));
  const [teams, all] = await Promise.all([listTeamOptions(db, { actor }), listServiceOptions(db, { actor })]);
  return (
    <>
      <PageHeader title={t('editTitle', { name: service.name })} description={service.slug} />
      <Card>
        <ServiceForm service={service} teams={teams} choices={all.filter((s) => s.slug !== service.slug)} />
      </Card>
    </>
  );
}
