import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { KnownIssueForm } from '@/components/known-issues/known-issue-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { listTeamOptions } from '@/lib/teams/list-team-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('knownIssues.form'))('createTitle') };
}

export default async function NewKnownIssuePage() {
  const actor = await requirePageActor('responder', '/known-issues/new');
  const t = await getTranslations('knownIssues.form');
  const teams = await listTeamOptions(getDb(), { actor });
  return (
    <>
      <PageHeader title={t('createTitle')} />
      <Card>
        <KnownIssueForm teams={teams} />
      </Card>
    </>
  );
}
