import 'server-only';
// On-call's hook on the incident events the notifications code already emits (declared,
// resolved), so paging needs no second call in every incident use case: a declared incident
// whose policy covers its severity pages level 1; a resolved one stops all paging at once
// (the escalation pass would also notice, a sweep later).
import type { DbTx } from '../db/client.ts';
import { insertEntry } from '../timeline/insert-entry.ts';
import { cancelOpenPages } from './cancel-open-pages.ts';
import { stoppedEntry } from './page-entries.ts';
import { pageForIncident } from './page-for-incident.ts';
import { onCallActor } from './page-level.ts';

export async function onIncidentEventForPaging(tx: DbTx, { event, incidentId, now = new Date() }: { event: string; incidentId: string; now?: Date }): Promise<void> {
  if (event === 'incident_declared') {
    await pageForIncident(tx, { incidentId, source: 'declared', now });
  } else if (event === 'incident_resolved') {
    const running = await tx.pageEscalation.findMany({ where: { incidentId, status: 'active' }, select: { id: true } });
    for (const e of running) {
      await tx.$queryRaw`SELECT id FROM "PageEscalation" WHERE id = ${e.id}::uuid FOR UPDATE`;
      await cancelOpenPages(tx, { escalationId: e.id, now, status: 'cancelled' });
      await tx.pageEscalation.update({ where: { id: e.id }, data: { status: 'resolved' } });
      await insertEntry(tx, onCallActor, { incident: { id: incidentId }, ...stoppedEntry({ reason: 'resolved', at: now }), occurredAt: now, idempotencyKey: `page:${e.id}:stopped` });
    }
  }
}
