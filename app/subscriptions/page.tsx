import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SubscribeForm } from '@/components/subscriptions/subscribe-form';
import { SubscriptionList } from '@/components/subscriptions/subscription-list';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { listServiceOptions } from '@/lib/services/list-service-options';
import { listSubscriptions } from '@/lib/subscriptions/list-subscriptions';
import { listSubscriptionsQuery } from '@/lib/subscriptions/schemas';
import { listTeamOptions } from '@/lib/teams/list-team-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('subscriptions'))('title') };
}

export default async function SubscriptionsPage({ searchParams }: { searchParams: Promise<{ service?: string | string[] }> }) {
  const actor = await requirePageActor('viewer', '/subscriptions');
  const { service } = await searchParams;
  const db = getDb();
  const services = await listServiceOptions(db, { actor });
  // Subscribing a team needs the responder role: viewers only see themselves as a choice.
  const teams = hasRole(actor, 'responder') ? await listTeamOptions(db, { actor }) : [];
  const list = await listSubscriptions(db, { actor, input: listSubscriptionsQuery.parse({ limit: 200 }) });
  const t = await getTranslations('subscriptions');
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <SubscribeForm services={services} teams={teams} me={actor.label} initialService={typeof service === 'string' ? service : undefined} />
      <Card title={t('list.title')}>
        <SubscriptionList items={list.items} />
      </Card>
    </>
  );
}
