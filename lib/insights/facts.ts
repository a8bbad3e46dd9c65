import 'server-only';
// The per-incident facts insights read ("IncidentFact", one row per incident).
//
// Kept current by statement-level triggers (migration 20261204195811_insights_drills) on every
// table the facts are derived from: Incident, IncidentService, IncidentFactor,
// IncidentFactorChange, KnownIssueIncident, ChangeEvent and ChangeAcknowledgement. Chosen over
// the two alternatives because:
// - application code in each use case would have to be remembered by every writer, present and
//   future (the CLI, the bench seeders, other branches' new use cases, raw SQL repairs): one
//   forgotten call and the numbers drift silently;
// - a worker refreshing from an updatedAt watermark lags, and misses writes that do not touch
//   Incident.updatedAt (a factor added, a change acknowledged, a row deleted).
// A trigger runs inside the writing transaction, so the facts commit (or roll back) with the
// write, whoever wrote it. Statement-level with transition tables, so a bulk insert refreshes
// its incidents in one set-based statement rather than one per row.
//
// The view "IncidentFactSource" is the single definition of the facts; the triggers upsert
// from it, and findFactsDrift compares the two (the integration test asserts it finds nothing
// after every kind of write, and an operator can run it on a live database).
import type { DbTx } from '../db/client.ts';

const COLUMNS = `"incidentId", "declaredAt", severity, drill, "timeToDetect", "timeToAcknowledge", "timeToMitigate", "timeToResolve",
  "serviceIds", "factorKeys", "changeCaused", "changeKinds", "changeShortNotice", "changeUnacknowledged", "knownIssueIds"`;

/** Incidents whose stored facts differ from what the source tables say now (missing, stale or orphaned rows). */
export async function findFactsDrift(db: DbTx, incidentIds?: string[]): Promise<string[]> {
  const scope = incidentIds ? `WHERE "incidentId" = ANY($1::uuid[])` : '';
  const sql = `SELECT DISTINCT "incidentId"::text AS id FROM (
      (SELECT ${COLUMNS} FROM "IncidentFactSource" ${scope} EXCEPT SELECT ${COLUMNS} FROM "IncidentFact" ${scope})
      UNION ALL
      (SELECT ${COLUMNS} FROM "IncidentFact" ${scope} EXCEPT SELECT ${COLUMNS} FROM "IncidentFactSource" ${scope})
    ) d`;
  const rows = incidentIds ? await db.$queryRawUnsafe<{ id: string }[]>(sql, incidentIds) : await db.$queryRawUnsafe<{ id: string }[]>(sql);
  return rows.map((r) => r.id);
}

/** Rewrites the facts of the given incidents (repair after a restore that skipped triggers). */
export async function refreshFacts(db: DbTx, incidentIds: string[]): Promise<void> {
  await db.$executeRaw`SELECT "insights_refresh_facts"(${incidentIds}::uuid[])`;
}
