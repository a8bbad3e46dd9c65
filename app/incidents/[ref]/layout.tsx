// Every page of one incident (the incident, its postmortem, the review meeting): a drill shows
// the drill banner above them all.
import type { ReactNode } from 'react';
import { DrillBanner } from '@/components/drills/drill-banner';
import { getCurrentActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { findIncidentDrill } from '@/lib/drills/list-drills';

export default async function IncidentLayout({ children, params }: { children: ReactNode; params: Promise<{ ref: string }> }) {
  const actor = await getCurrentActor();
  // Signed out: the page itself redirects to the sign-in.
  const drill = actor ? await findIncidentDrill(getDb(), { actor, incidentRef: decodeURIComponent((await params).ref) }) : null;
  return (
    <>
      {drill?.drill ? <DrillBanner drillId={drill.drillId} /> : null}
      {children}
    </>
  );
}
