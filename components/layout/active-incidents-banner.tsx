// The "active incidents" banner on every page for signed-in people: open, non-drill
// incidents, most severe first. Rendered on the server (no flash on load), then kept fresh in
// the browser by ActiveIncidentsBar.
import { ActiveIncidentsBar } from '@/components/incidents/active-incidents-bar';
import type { Actor } from '@/lib/auth/actor';
import { getDb } from '@/lib/db/client';
import { listActiveIncidents } from '@/lib/incidents/list-active-incidents';
import { logger } from '@/lib/log/logger';

export async function ActiveIncidentsBanner({ actor }: { actor: Actor }) {
  let initial;
  try {
    initial = await listActiveIncidents(getDb(), { actor });
  } catch (e) {
    // The banner must never take a page down with it; the browser will try again.
    logger.warn('active incidents banner failed', { error: e });
    initial = undefined;
  }
  return <ActiveIncidentsBar initial={initial} />;
}
