import 'server-only';
// What a scenario can be built from, for the form's pickers: known issues (active first, newest
// first) and recent real incidents (drills left out).
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { formatReference } from '../incidents/reference.ts';

export async function listScenarioSources(db: DbTx, { actor }: { actor: Actor }) {
  requireRole(actor, 'viewer');
  const [knownIssues, incidents] = await Promise.all([
    db.knownIssue.findMany({ orderBy: [{ status: 'asc' }, { updatedAt: 'desc' }], take: 300, select: { id: true, title: true } }),
    db.incident.findMany({ where: { drill: false }, orderBy: { declaredAt: 'desc' }, take: 100, select: { number: true, title: true } }),
  ]);
  return { knownIssues, incidents: incidents.map((i) => ({ reference: formatReference(i.number), title: i.title })) };
}
