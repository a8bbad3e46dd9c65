// The review meeting view: one section at a time, large, with its inline comments and the
// meeting record. Everyone signed in may follow along; responders comment and record.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MeetingView } from '@/components/postmortems/meeting-view';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { listComments } from '@/lib/postmortems/comments';
import { loadPostmortem } from '@/lib/postmortems/postmortem-output';
import { listCommentsQuery } from '@/lib/postmortems/review-schemas';
import { renderMarkdown } from '@/lib/timeline/render-markdown';
import { loadIncidentPage } from '../../load-incident';

export async function generateMetadata({ params }: { params: Promise<{ ref: string }> }): Promise<Metadata> {
  const { incident } = await loadIncidentPage((await params).ref, '/postmortem/meeting');
  const t = await getTranslations('postmortems.meeting');
  return { title: `${t('title')}: ${incident.reference} ${incident.title}` };
}

export default async function MeetingPage({ params, searchParams }: { params: Promise<{ ref: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, incident } = await loadIncidentPage((await params).ref, '/postmortem/meeting');
  const db = getDb();
  const t = await getTranslations('postmortems');
  const pm = await loadPostmortem(db, incident.id);
  const back = <Link href={`/incidents/${incident.number}/postmortem`} className={buttonClass('ghost')}>{t('meeting.backToEditor')}</Link>;
  if (!pm) {
    return (
      <>
        <PageHeader title={`${t('meeting.title')}: ${incident.reference} ${incident.title}`} actions={back} />
        <Card><p className="text-slate-600" data-testid="postmortem-none">{t('page.none')}</p></Card>
      </>
    );
  }
  const comments = await listComments(db, { actor, ref: incident.id, query: listCommentsQuery.parse({}) });
  const wanted = (await searchParams).section;
  const index = Math.max(0, pm.sections.findIndex((s) => s.key === wanted));
  return (
    <>
      <PageHeader title={`${t('meeting.title')}: ${pm.reference} ${pm.title}`} />
      <MeetingView
        incidentId={pm.incidentId}
        reference={pm.reference}
        sections={pm.sections.map((s) => ({ key: s.key, html: s.body.trim() ? renderMarkdown(s.body) : '', empty: !s.body.trim() }))}
        initialComments={comments.items}
        initialMeeting={pm.meeting}
        initialIndex={index}
        canWrite={hasRole(actor, 'responder')}
      />
    </>
  );
}
