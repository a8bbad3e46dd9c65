// The select and mapper of a scenario (never its known issue's workaround: that is revealed
// per drill, lib/drills/reveal-workaround.ts).
import { formatReference } from '../incidents/reference.ts';
import type { DbTx } from '../db/client.ts';
import type { ScenarioOutput } from './schemas.ts';

export const scenarioSelect = {
  id: true, title: true, description: true, severity: true, knownIssueId: true, sourceIncidentId: true, serviceIds: true,
  symptoms: true, expectedActions: true, createdAt: true, _count: { select: { drills: true } },
} as const;

type Row = { id: string; title: string; description: string; severity: ScenarioOutput['severity']; knownIssueId: string | null; sourceIncidentId: string | null; serviceIds: string[]; symptoms: string[]; expectedActions: string[]; createdAt: Date; _count: { drills: number } };

/** Maps rows, looking up their known issues, incidents and services in three queries. */
export async function toScenarioOutputs(db: DbTx, rows: Row[]): Promise<ScenarioOutput[]> {
  const ids = (pick: (r: Row) => (string | null)[]) => [...new Set(rows.flatMap(pick).filter((v): v is string => !!v))];
  const [issues, incidents, services] = await Promise.all([
    db.knownIssue.findMany({ where: { id: { in: ids((r) => [r.knownIssueId]) } }, select: { id: true, title: true } }),
    db.incident.findMany({ where: { id: { in: ids((r) => [r.sourceIncidentId]) } }, select: { id: true, number: true, title: true } }),
    db.service.findMany({ where: { id: { in: ids((r) => r.serviceIds) } }, select: { id: true, slug: true, name: true } }),
  ]);
  return rows.map((r) => {
    const incident = incidents.find((i) => i.id === r.sourceIncidentId);
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      severity: r.severity,
      knownIssue: issues.find((k) => k.id === r.knownIssueId) ?? null,
      sourceIncident: incident ? { id: incident.id, reference: formatReference(incident.number), title: incident.title } : null,
      services: r.serviceIds.flatMap((id) => services.filter((s) => s.id === id).map(({ slug, name }) => ({ slug, name }))),
      symptoms: r.symptoms,
      expectedActions: r.expectedActions,
      drillCount: r._count.drills,
      createdAt: r.createdAt.toISOString(),
    };
  });
}
