import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { orNotFound } from '@/app/services/or-not-found';
import { OnCallForServices } from '@/components/on-call/on-call-now';
import { ContactList } from '@/components/services/contact-list';
import { DeleteServiceButton } from '@/components/services/delete-service-button';
import { DependencyLists } from '@/components/services/dependency-lists';
import { TierBadge } from '@/components/services/tier-badge';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { findTransitiveDependencies, findTransitiveDependents } from '@/lib/services/dependency-graph';
import { getService } from '@/lib/services/get-service';
import { listTeamOptions } from '@/lib/teams/list-team-options';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).slug };
}

export default async function ServicePage({ params }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor('viewer', `/services/${slug}`);
  const t = await getTranslations('catalogue.services.detail');
  const ts = await getTranslations('subscriptions');
  const format = await getFormatter();
  const db = getDb();
  const service = await orNotFound(getService(db, { actor, slug }));
  const [allDependencies, allDependents, teams] = await Promise.all([
    findTransitiveDependencies(db, [service.id]),
    findTransitiveDependents(db, [service.id]),
    listTeamOptions(db, { actor }),
  ]);
  const owner = teams.find((x) => x.slug === service.ownerTeam);
  const canEdit = hasRole(actor, 'responder');

  return (
    <>
      <PageHeader
        title={<span className="flex flex-wrap items-center gap-2"><span data-testid="service-title">{service.name}</span> <TierBadge tier={service.tier} /></span>}
        description={service.slug}
        actions={
          <>
            <Link href={`/subscriptions?service=${encodeURIComponent(service.slug)}`} className={buttonClass('secondary')} data-testid="service-subscribe">{ts('form.submit')}</Link>
            {canEdit ? <Link href={`/services/${service.slug}/edit`} className={buttonClass('primary')} data-testid="service-edit">{t('edit')}</Link> : null}
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t('about')} className="lg:col-span-2">
          {service.description ? (
            <p className="whitespace-pre-wrap text-sm text-slate-800" data-testid="service-description">{service.description}</p>
          ) : (
            <p className="text-sm text-slate-500">{t('noDescription')}</p>
          )}
          <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-500">{t('owner')}</dt>
              <dd data-testid="service-owner">
                {owner ? <Link href={`/teams/${owner.slug}`} className="font-medium hover:underline">{owner.name}</Link> : <span className="text-slate-500">{t('noOwner')}</span>}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">{t('noticePeriodLabel')}</dt>
              <dd data-testid="service-notice">{t('noticePeriod', { hours: service.noticePeriodHours })}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t('updatedLabel')}</dt>
              <dd>{format.dateTime(new Date(service.updatedAt), { dateStyle: 'medium', timeStyle: 'short' })}</dd>
            </div>
          </dl>
        </Card>
        <Card title={t('whoToCall')}>
          <OnCallForServices slugs={[service.slug]} />
          <ContactList contacts={service.contacts} />
        </Card>
        <Card title={t('dependencies')} className="lg:col-span-3">
          <DependencyLists dependsOn={service.dependsOn} dependedOnBy={service.dependedOnBy} allDependencies={allDependencies} allDependents={allDependents} />
        </Card>
      </div>
      {canEdit ? (
        <div className="mt-6">
          <DeleteServiceButton slug={service.slug} name={service.name} />
        </div>
      ) : null}
    </>
  );
}
