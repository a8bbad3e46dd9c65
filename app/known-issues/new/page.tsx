import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { KnownIssueForm, type KnownIssueFormPrefill } from '@/components/known-issues/known-issue-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { getKnownIssuePrefill } from '@/lib/postmortems/add-to-known-issues';
import { listTeamOptions } from '@/lib/teams/list-team-options';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('knownIssues.form'))('createTitle') };
}

// `?incident=INC-42` (from a postmortem's "Add to known issues"): the form starts from the
// postmortem (lib/postmortems/known-issue-prefill.ts) and saving links the entry to the incident.
export default async function NewKnownIssuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const incidentRef = typeof sp.incident === 'string' ? sp.incident.slice(0, 100) : undefined;
  const actor = await requirePageActor('responder', incidentRef ? `/known-issues/new?incident=${encodeURIComponent(incidentRef)}` : '/known-issues/new');
  const t = await getTranslations('knownIssues.form');
  const db = getDb();
  const [teams, prefill] = await Promise.all([
    listTeamOptions(db, { actor }),
    incidentRef
      ? getKnownIssuePrefill(db, { actor, ref: incidentRef }).catch((e: unknown) => {
          // An unknown incident or one without a postmortem: an empty form rather than an error.
          if (isAppError(e) && e.code === 'not_found') return null;
          throw e;
        })
      : Promise.resolve(null),
  ]);
  const formPrefill: KnownIssueFormPrefill | undefined = prefill
    ? { fields: prefill, incident: { reference: prefill.incident.reference, title: prefill.incident.title } }
    : undefined;
  return (
    <>
      <PageHeader title={t('createTitle')} />
      <Card>
        <KnownIssueForm teams={teams} {...(formPrefill ? { prefill: formPrefill } : {})} />
      </Card>
    </>
  );
}
