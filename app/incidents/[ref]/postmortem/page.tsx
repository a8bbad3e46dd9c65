// The postmortem as a document to read and print (the browser's print gives a clean PDF):
// every section, the root-cause factors, action items, meeting and reviewers. Read-only; the
// editor is a separate page.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { SeverityBadge } from '@/components/incidents/badges';
import { PostmortemDocument } from '@/components/postmortems/postmortem-document';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { listActionItems } from '@/lib/action-items/list-action-items';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { getIncident } from '@/lib/incidents/get-incident';
import { loadPostmortem } from '@/lib/postmortems/postmortem-output';
import { listFactors } from '@/lib/root-causes/list-factors';

const load = cache(async (ref: string) => {
  const actor = await requirePageActor('viewer', `/incidents/${encodeURIComponent(ref)}/postmortem`);
  try {
    return { actor, incident: await getIncident(getDb(), { actor, ref }) };
  } catch (e) {
    if (isAppError(e) && e.code === 'not_found') notFound();
    throw e;
  }
});

export async function generateMetadata({ params }: { params: Promise<{ ref: string }> }): Promise<Metadata> {
  const { incident } = await load((await params).ref);
  const t = await getTranslations('postmortems.page');
  return { title: `${t('title')}: ${incident.reference} ${incident.title}` };
}

export default async function PostmortemPage({ params }: { params: Promise<{ ref: string }> }) {
  const { actor, incident } = await load((await params).ref);
  const db = getDb();
  const t = await getTranslations('postmortems');
  const format = await getFormatter();
  const [pm, analysis, items] = await Promise.all([
    loadPostmortem(db, incident.id),
    listFactors(db, { actor, ref: incident.id }),
    listActionItems(db, { actor, query: { incident: incident.id, limit: 200 } }),
  ]);
  const back = (
    <Link href={`/incidents/${incident.number}`} className={`${buttonClass('ghost')} print:hidden`}>
      {t('page.backToIncident')}
    </Link>
  );
  if (!pm) {
    return (
      <>
        <PageHeader title={`${t('page.title')}: ${incident.reference} ${incident.title}`} actions={back} />
        <Card>
          <p className="text-slate-600" data-testid="postmortem-none">{t('page.none')}</p>
        </Card>
      </>
    );
  }
  return (
    <article className="mx-auto max-w-4xl" data-testid="postmortem-document">
      <PageHeader
        title={`${t('page.title')}: ${pm.reference} ${pm.title}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <SeverityBadge severity={pm.severity} />
            <span data-testid="postmortem-status">{t(`statuses.${pm.status}`)}</span>
            <span>· {t('page.approvals', { approvals: pm.approvals, required: pm.requiredApprovals })}</span>
            {pm.publishedAt ? <span>· {t('page.publishedAt', { date: format.dateTime(new Date(pm.publishedAt), { dateStyle: 'medium' }) })}</span> : null}
          </span>
        }
        actions={
          <>
            {back}
            <a href={`/api/v1/incidents/${pm.incidentId}/postmortem.md`} className={`${buttonClass('secondary')} print:hidden`} data-testid="postmortem-export-md">
              {t('page.exportMarkdown')}
            </a>
          </>
        }
      />
      <PostmortemDocument postmortem={pm} factors={analysis.items} actionItems={items.items} />
    </article>
  );
}
