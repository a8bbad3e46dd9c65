import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { orNotFound } from '@/app/services/or-not-found';
import { TierBadge } from '@/components/services/tier-badge';
import { DeleteTeamButton } from '@/components/teams/delete-team-button';
import { AutoSubscriptions } from '@/components/teams/auto-subscriptions';
import { MemberEditor } from '@/components/teams/member-editor';
import { TeamForm } from '@/components/teams/team-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { listServices } from '@/lib/services/list-services';
import { listAutoSubscriptions } from '@/lib/subscriptions/auto-subscriptions';
import { getTeam } from '@/lib/teams/get-team';
import { listMemberCandidates } from '@/lib/teams/list-member-candidates';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).slug };
}

export default async function TeamPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor('viewer', `/teams/${slug}`);
  const t = await getTranslations('catalogue.teams');
  const db = getDb();
  const team = await orNotFound(getTeam(db, { actor, slug }));
  const canEdit = hasRole(actor, 'responder');
  const [owned, candidates, autoSubscriptions] = await Promise.all([
    listServices(db, { actor, input: { team: team.slug, limit: 200 } }),
    canEdit ? listMemberCandidates(db, { actor, teamId: team.id }) : Promise.resolve([]),
    listAutoSubscriptions(db, { actor, team: team.slug }),
  ]);
  const ts = await getTranslations('subscriptions.auto');

  return (
    <>
      <PageHeader
        title={<span className="flex flex-wrap items-baseline gap-2"><span data-testid="team-title">{team.name}</span> <span className="text-base font-normal text-slate-500">{team.slug}</span></span>}
        description={<span className="whitespace-pre-wrap" data-testid="team-description">{team.description || t('detail.noDescription')}</span>}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t('detail.members')}>
          <MemberEditor slug={team.slug} members={team.members} candidates={candidates} canEdit={canEdit} currentUserId={actor.userId} />
        </Card>
        <Card title={t('detail.services')}>
          {owned.items.length === 0 ? (
            <p className="text-sm text-slate-500">{t('detail.noServices')}</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="team-services">
              {owned.items.map((s) => (
                <li key={s.slug} className="flex items-center justify-between gap-2 py-2 text-sm">
                  <Link href={`/services/${s.slug}`} className="font-medium hover:underline">
                    {s.name} <span className="text-xs font-normal text-slate-500">{s.slug}</span>
                  </Link>
                  <TierBadge tier={s.tier} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={ts('title')} className="lg:col-span-2">
          <AutoSubscriptions team={team.slug} items={autoSubscriptions} canEdit={canEdit} />
        </Card>
        {canEdit ? (
          <Card title={t('detail.edit')} className="lg:col-span-2">
            <TeamForm team={team} />
            <div className="mt-6 border-t border-slate-100 pt-4">
              {team.services.length > 0 ? (
                <p className="text-sm text-slate-500">{t('delete.ownsServices')}</p>
              ) : (
                <DeleteTeamButton slug={team.slug} name={team.name} />
              )}
            </div>
          </Card>
        ) : null}
      </div>
    </>
  );
}
