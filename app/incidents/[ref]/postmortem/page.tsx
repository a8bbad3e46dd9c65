// The postmortem of one incident. Responders get the editor (sections with autosave, analysis,
// action items, review workflow); viewers, and anyone with ?view=read, get the document to
// read and print (the browser's print gives a clean PDF).
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SeverityBadge } from '@/components/incidents/badges';
import { CreatePostmortemButton } from '@/components/postmortems/create-postmortem-button';
import { PostmortemEditor } from '@/components/postmortems/editor/postmortem-editor';
import { PostmortemDocument } from '@/components/postmortems/postmortem-document';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { listActionItems } from '@/lib/action-items/list-action-items';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { listKnownIssues } from '@/lib/known-issues/list-known-issues';
import { listKnownIssuesQuery } from '@/lib/known-issues/schemas';
import { loadPostmortem } from '@/lib/postmortems/postmortem-output';
import { listFactors } from '@/lib/root-causes/list-factors';
import { listMemberCandidates } from '@/lib/teams/list-member-candidates';
import { listNewestTimeline } from '@/lib/timeline/list-timeline';
import { loadIncidentPage } from '../load-incident';

export async function generateMetadata({ params }: { params: Promise<{ ref: string }> }): Promise<Metadata> {
  const { incident } = await loadIncidentPage((await params).ref, '/postmortem');
  const t = await getTranslations('postmortems.page');
  return { title: `${t('title')}: ${incident.reference} ${incident.title}` };
}

export default async function PostmortemPage({ params, searchParams }: { params: Promise<{ ref: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, incident } = await loadIncidentPage((await params).ref, '/postmortem');
  const canWrite = hasRole(actor, 'responder');
  const readOnly = !canWrite || (await searchParams).view === 'read';
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
          {canWrite ? <CreatePostmortemButton incidentId={incident.id} /> : null}
        </Card>
      </>
    );
  }
  if (!readOnly) {
    const [people, reviewers, knownIssues, timeline] = await Promise.all([
      listMemberCandidates(db, { actor }),
      listMemberCandidates(db, { actor, canWrite: true }),
      listKnownIssues(db, { actor, input: listKnownIssuesQuery.parse({ limit: 100 }) }),
      listNewestTimeline(db, { actor, ref: incident.id, limit: 300 }),
    ]);
    return (
      <>
        <PageHeader
          title={`${t('page.title')}: ${pm.reference} ${pm.title}`}
          description={<span className="flex flex-wrap items-center gap-2"><SeverityBadge severity={pm.severity} /></span>}
          actions={back}
        />
        <PostmortemEditor
          initial={pm}
          factors={analysis.items}
          detection={analysis.detection}
          actionItems={items.items}
          people={people}
          reviewerCandidates={reviewers}
          knownIssues={knownIssues.items.map((k) => ({ id: k.id, title: k.title }))}
          timeline={timeline.items.flatMap((e) => (e.deleted ? [] : [{ id: e.id, body: e.body, occurredAt: e.occurredAt, highlighted: e.highlighted }]))}
          viewerId={actor.userId}
        />
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
            <Link href={`/incidents/${pm.reference}/postmortem/meeting`} className={`${buttonClass('secondary')} print:hidden`} data-testid="open-meeting-view">
              {t('editor.meetingView')}
            </Link>
            <a href={`/api/v1/incidents/${pm.incidentId}/postmortem.md`} className={`${buttonClass('secondary')} print:hidden`} data-testid="postmortem-export-md">
              {t('page.exportMarkdown')}
            </a>
          </>
        }
      />
      <PostmortemDocument postmortem={pm} factors={analysis.items} actionItems={items.items} detection={analysis.detection} />
    </article>
  );
}
