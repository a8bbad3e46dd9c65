import type { Metadata } from 'next';
import { getFormatter } from 'next-intl/server';
import { IncidentAlerts } from '@/components/alerts/incident-alerts';
import { RecentChangesPanel } from '@/components/changes/recent-changes-panel';
import { listIncidentAlerts } from '@/lib/alerts/list-alerts';
import { IncidentView } from '@/components/incidents/incident-view';
import { hasRole } from '@/lib/auth/roles';
import { listRecentChangesForIncident } from '@/lib/changes/list-recent-changes-for-incident';
import { DEFAULT_RECENT_CHANGE_HOURS, DEFAULT_UPCOMING_CHANGE_HOURS } from '@/lib/changes/recent-changes-schemas';
import { getDb } from '@/lib/db/client';
import { listWhoToCall } from '@/lib/incidents/list-who-to-call';
import { listMemberCandidates } from '@/lib/teams/list-member-candidates';
import { listNewestTimeline } from '@/lib/timeline/list-timeline';
import { loadIncidentPage } from './load-incident';

// A long timeline renders its latest entries; the page loads the rest on request.
const INITIAL_ENTRIES = 100;

export async function generateMetadata({ params }: { params: Promise<{ ref: string }> }): Promise<Metadata> {
  const { incident } = await loadIncidentPage((await params).ref);
  return { title: `${incident.reference} ${incident.title}` };
}

export default async function IncidentPage({ params }: { params: Promise<{ ref: string }> }) {
  const { actor, incident } = await loadIncidentPage((await params).ref);
  const db = getDb();
  const canWrite = hasRole(actor, 'responder');
  const [timeline, people, recentChanges, whoToCall, alerts] = await Promise.all([
    listNewestTimeline(db, { actor, ref: incident.id, limit: INITIAL_ENTRIES }),
    canWrite ? listMemberCandidates(db, { actor }) : Promise.resolve([]),
    listRecentChangesForIncident(db, { actor, ref: incident.id, input: { hours: DEFAULT_RECENT_CHANGE_HOURS, upcomingHours: DEFAULT_UPCOMING_CHANGE_HOURS } }),
    listWhoToCall(db, { actor, ref: incident.id }),
    listIncidentAlerts(db, { actor, ref: incident.id }),
  ]);
  const format = await getFormatter();
  return (
    <>
      <IncidentView
        initialIncident={incident}
        initialTimeline={{ items: timeline.items, syncCursor: timeline.syncCursor, hasEarlier: timeline.hasEarlier }}
        canWrite={canWrite}
        viewerId={actor.userId}
        people={people}
        dependencyContacts={whoToCall.dependencies}
      />
      <RecentChangesPanel incidentRef={incident.id} hours={DEFAULT_RECENT_CHANGE_HOURS} initial={recentChanges} canWrite={canWrite} hasServices={incident.services.length > 0} />
      <IncidentAlerts alerts={alerts.items} lastSeenText={Object.fromEntries(alerts.items.map((a) => [a.id, format.relativeTime(new Date(a.lastSeenAt))]))} />
    </>
  );
}
