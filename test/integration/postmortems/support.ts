// Shared set-up for the postmortem tests: an incident with highlighted and ordinary entries.
import type { Actor } from '@/lib/auth/actor';
import type { Db } from '@/lib/db/client';
import type { Severity } from '@/lib/incidents/schemas';
import { insertEntry } from '@/lib/timeline/insert-entry';
import { declare } from '../incidents/support.ts';

export async function incidentWithHighlights(db: Db, actor: Actor, severity: Severity = 'SEV2') {
  const incident = await declare(db, actor, { severity, summary: 'Checkout failed for EU customers', impact: 'About 30% of orders failed' });
  await db.$transaction(async (tx) => {
    for (const [body, highlighted] of [['Alert: checkout 5xx above 5%', true], ['Looking at dashboards', false], ['Rolled back release 2.3', true]] as const) {
      await insertEntry(tx, actor, { incident: { id: incident.id }, kind: 'note', body, highlighted });
    }
  });
  return incident;
}
