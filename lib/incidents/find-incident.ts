import 'server-only';
// Resolves what a URL or caller names ("42", "INC-42", a uuid) to one incident. Every use case
// that acts on an existing incident starts here, so an unknown reference is always the same
// 404 wherever it is used.
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { incidentSelect, toIncidentOutput } from './incident-output.ts';
import { parseIncidentRef } from './reference.ts';
import type { IncidentOutput } from './schemas.ts';

export function incidentNotFound(ref: string): AppError {
  return new AppError('not_found', `Incident ${ref} not found.`);
}

/** The incident's id and number, or `not_found`. */
export async function findIncidentId(db: DbTx, ref: string): Promise<{ id: string; number: number }> {
  const parsed = parseIncidentRef(ref);
  const found = parsed
    ? await db.incident.findUnique({ where: 'id' in parsed ? { id: parsed.id } : { number: parsed.number }, select: { id: true, number: true } })
    : null;
  if (!found) throw incidentNotFound(ref);
  return found;
}

/** The full DTO of the incident a reference names, in one query, or `not_found`. */
export async function loadIncidentOutput(db: DbTx, ref: string): Promise<IncidentOutput> {
  const parsed = parseIncidentRef(ref);
  const row = parsed
    ? await db.incident.findUnique({ where: 'id' in parsed ? { id: parsed.id } : { number: parsed.number }, select: incidentSelect })
    : null;
  if (!row) throw incidentNotFound(ref);
  return toIncidentOutput(row);
}
