import 'server-only';
import { cache } from 'react';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { getIncident } from '@/lib/incidents/get-incident';
import { orNotFound } from '../../services/or-not-found';

/**
 * The signed-in reader and the incident behind `/incidents/{ref}/…` (404 when unknown), read
 * once per request for both the page and its metadata. `subpath` is where sign-in returns to.
 */
export const loadIncidentPage = cache(async (ref: string, subpath: string = '') => {
  const actor = await requirePageActor('viewer', `/incidents/${encodeURIComponent(ref)}${subpath}`);
  return { actor, incident: await orNotFound(getIncident(getDb(), { actor, ref })) };
});
