import 'server-only';
// The "active incidents" banner on every page: open incidents (not resolved or closed),
// drills left out, most severe first. Rendered on every page, so it is one small query on the
// (status, declaredAt) index returning a handful of columns.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { isUpdateOverdue } from './incident-output.ts';
import { formatReference } from './reference.ts';
import type { ActiveIncidentsOutput, Severity } from './schemas.ts';
import { openStatuses, type IncidentStatus } from './status-machine.ts';

/** More than this many open incidents is an emergency in itself; the banner links to the list. */
const BANNER_LIMIT = 50;

export async function listActiveIncidents(db: DbTx, { actor }: { actor: Actor }): Promise<ActiveIncidentsOutput> {
  requireRole(actor, 'viewer');
  const rows = await db.incident.findMany({
    where: { status: { in: [...openStatuses] }, drill: false },
    orderBy: [{ severity: 'asc' }, { declaredAt: 'desc' }],
    take: BANNER_LIMIT,
    select: { id: true, number: true, title: true, severity: true, status: true, declaredAt: true, nextUpdateAt: true },
  });
  const now = new Date();
  return {
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      reference: formatReference(r.number),
      title: r.title,
      severity: r.severity as Severity,
      status: r.status as IncidentStatus,
      declaredAt: r.declaredAt.toISOString(),
      nextUpdateAt: r.nextUpdateAt?.toISOString() ?? null,
      updateOverdue: isUpdateOverdue(r, now),
    })),
  };
}
