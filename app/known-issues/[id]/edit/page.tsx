import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { KnownIssueForm } from '@/components/known-issues/known-issue-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { getKnownIssue } from '@/lib/known-issues/get-known-issue';
import { listTeamOptions } from '@/lib/teams/list-team-options';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('knownIssues.form'))('editTitle') };
}

export default async function EditKnownIssuePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor('responder', `/known-issues/${id}/edit`);
  if (!UUID.test(id)) notFound();
  const t = await getTranslations('knownIssues.form');
  const db = getDb();
  const entry = await getKnownIssue(db, { actor, id }).catch((e: unknown) => {
    if (isAppError(e) && e.code === 'not_found') notFound();
    throw e;
  });
  const teams = await listTeamOptions(db, { actor });
  return (
    <>
      <PageHeader title={t('editTitle')} />
      <Card>
        <KnownIssueForm entry={entry} teams={teams} />
      </Card>
    </>
  );
}
