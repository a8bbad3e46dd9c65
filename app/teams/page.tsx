import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CreateTeamPanel } from '@/components/teams/create-team-panel';
import { TeamTable } from '@/components/teams/team-table';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { listTeams } from '@/lib/teams/list-teams';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('catalogue.teams'))('title') };
}

export default async function TeamsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor('viewer', '/teams');
  const t = await getTranslations('catalogue.teams');
  const raw = (await searchParams).cursor;
  const cursor = Array.isArray(raw) ? raw[0] : raw;
  const db = getDb();
  // A stale or hand-edited cursor shows the first page rather than an error.
  const page = await listTeams(db, { actor, input: { cursor, limit: 100 } }).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'invalid') return listTeams(db, { actor, input: { limit: 100 } });
    throw e;
  });
  const canEdit = hasRole(actor, 'responder');

  if (page.items.length === 0 && !cursor) {
    return (
      <>
        <PageHeader title={t('title')} description={t('intro')} />
        <Card>
          <div className="flex flex-col items-start gap-3 py-6" data-testid="teams-empty">
            <p className="text-slate-600">{canEdit ? t('empty') : t('emptyViewer')}</p>
            {canEdit ? <CreateTeamPanel /> : null}
          </div>
        </Card>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      {canEdit ? <div className="mb-4"><CreateTeamPanel /></div> : null}
      <TeamTable teams={page.items} />
      <nav className="mt-4 flex gap-2" aria-label={t('title')}>
        {cursor ? <Link href="/teams" className={buttonClass('ghost')}>{t('firstPage')}</Link> : null}
        {page.nextCursor ? <Link href={`/teams?cursor=${page.nextCursor}`} className={buttonClass('secondary')}>{t('nextPage')}</Link> : null}
      </nav>
    </>
  );
}
