import 'server-only';
// Change-caused incidents by change kind and by how the change was announced (short notice, or
// not acknowledged by every asked team before it was scheduled), and repeat incidents: an
// incident is a repeat when a known issue it is linked to was already linked to an incident
// declared before it; a known issue is "never reused" when at most one incident ever linked it.
import type { DbTx } from '../db/client.ts';
import { factsWhere } from './facts-where.ts';
import type { InsightsFilter, InsightsReport, NamedCount } from './schemas.ts';

/** Without the share (the caller knows the incident count: see withShare). */
export async function changeBreakdown(db: DbTx, filter: InsightsFilter): Promise<Omit<InsightsReport['changes'], 'share'>> {
  const where = factsWhere(filter);
  const [totals, byKind] = await Promise.all([
    db.$queryRaw<{ count: number; shortNotice: number; unacknowledged: number }[]>`
      SELECT count(*) FILTER (WHERE f."changeCaused")::int AS count,
        count(*) FILTER (WHERE f."changeShortNotice")::int AS "shortNotice",
        count(*) FILTER (WHERE f."changeUnacknowledged")::int AS unacknowledged
      FROM "IncidentFact" f WHERE ${where}`,
    db.$queryRaw<NamedCount[]>`
      SELECT k AS key, k AS label, count(*)::int AS count FROM "IncidentFact" f, unnest(f."changeKinds") k
      WHERE ${where} GROUP BY k ORDER BY count DESC, k`,
  ]);
  const t = totals[0] ?? { count: 0, shortNotice: 0, unacknowledged: 0 };
  return { ...t, byKind };
}

export async function repeatIncidents(db: DbTx, filter: InsightsFilter): Promise<InsightsReport['repeats']> {
  const where = factsWhere(filter);
  const [repeats, knownIssues, never, examples] = await Promise.all([
    db.$queryRaw<{ count: number }[]>`
      SELECT count(DISTINCT f."incidentId")::int AS count FROM "IncidentFact" f, unnest(f."knownIssueIds") kid
      WHERE ${where} AND EXISTS (
        SELECT 1 FROM "KnownIssueIncident" o JOIN "Incident" oi ON oi.id = o."incidentId"
        WHERE o."knownIssueId" = kid AND oi."declaredAt" < f."declaredAt")`,
    db.$queryRaw<NamedCount[]>`
      SELECT k.id::text AS key, k.title AS label, count(*)::int AS count
      FROM "IncidentFact" f, unnest(f."knownIssueIds") kid JOIN "KnownIssue" k ON k.id = kid
      WHERE ${where} GROUP BY k.id, k.title HAVING count(*) > 1 ORDER BY count DESC, k.title LIMIT 10`,
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "KnownIssue" k
      WHERE k."createdAt" < ${filter.to} AND (SELECT count(*) FROM "KnownIssueIncident" l WHERE l."knownIssueId" = k.id) <= 1`,
    db.$queryRaw<NamedCount[]>`
      SELECT k.id::text AS key, k.title AS label, 0 AS count FROM "KnownIssue" k
      WHERE k."createdAt" < ${filter.to} AND (SELECT count(*) FROM "KnownIssueIncident" l WHERE l."knownIssueId" = k.id) <= 1
      ORDER BY k."createdAt" LIMIT 5`,
  ]);
  return { repeatIncidents: repeats[0]?.count ?? 0, knownIssues, neverReused: never[0]?.count ?? 0, neverReusedExamples: examples };
}
