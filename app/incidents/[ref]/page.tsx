import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { RecentChangesPanel } from '@/components/changes/recent-changes-panel';
import { IncidentView } from '@/components/incidents/incident-view';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { listRecentChangesForIncident } from '@/lib/changes/list-recent-changes-for-incident';
import { DEFAULT_RECENT_CHANGE_HOURS } from '@/lib/changes/recent-changes-schemas';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { getIncident } from '@/lib/incidents/get-incident';
import { listMemberCandidates } from '@/lib/teams/list-member-candidates';
import { listNewestTimeline } from '@/lib/timeline/list-timeline';

// A long timeline renders its latest entries; the page loads the rest on request.
const INITIAL_ENTRIES = 100;

const loadIncident = cache(async (ref: string) => {
  const actor = await requirePageActor('viewer', `/incidents/${encodeURIComponent(ref)}`);
  try {
    return { actor, incident: await getIncident(getDb(), { actor, ref }) };
  } catch (e) {
    if (isAppError(e) && e.code === 'not_found') notFound();
    throw e;
  }
});

export async function generateMetadata({ params }: { params: Promise<{ ref: string }> }): Promise<Metadata> {
  const { incident } = await loadIncident((await params).ref);
  return { title: `${incident.reference} ${incident.title}` };
}

export default async function IncidentPage({ params }: { params: Promise<{ ref: string }> }) {
  const { actor, incident } = await loadIncident((await params).ref);
  const db = getDb();
  const canWrite = hasRole(actor, 'responder');
  const [timeline, people, recentChanges] = await Promise.all([
    listNewestTimeline(db, { actor, ref: incident.id, limit: INITIAL_ENTRIES }),
    canWrite ? listMemberCandidates(db, { actor }) : Promise.resolve([]),
    listRecentChangesForIncident(db, { actor, ref: incident.id, input: { hours: DEFAULT_RECENT_CHANGE_HOURS } }),
  ]);
  return (
    <>
      <IncidentView
        initialIncident={incident}
        initialTimeline={{ items: timeline.items, syncCursor: timeline.syncCursor, hasEarlier: timeline.hasEarlier }}
        canWrite={canWrite}
        viewerId={actor.userId}
        people={people}
      />
      <RecentChangesPanel incidentRef={incident.id} hours={DEFAULT_RECENT_CHANGE_HOURS} initial={recentChanges} canWrite={canWrite} hasServices={incident.services.length > 0} />
    </>
  );
}
