import 'server-only';
// The postmortem row a use case acts on, locked for the rest of the transaction so that state
// changes (submit, review, publish, reopen) of one postmortem happen one at a time.
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { formatReference } from '../incidents/reference.ts';
import type { Severity } from '../incidents/schemas.ts';
import type { PostmortemStatus } from './schemas.ts';

export interface PostmortemRow {
  id: string;
  incidentId: string;
  status: PostmortemStatus;
  authorUserId: string | null;
  severity: Severity;
  reference: string;
}

export async function lockPostmortem(tx: DbTx, ref: string): Promise<PostmortemRow> {
  const { id: incidentId, number } = await findIncidentId(tx, ref);
  const rows = await tx.$queryRaw<{ id: string; status: PostmortemStatus; authorUserId: string | null; severity: Severity }[]>`
    SELECT p.id, p.status::text AS status, p."authorUserId", i.severity::text AS severity
    FROM "Postmortem" p JOIN "Incident" i ON i.id = p."incidentId"
    WHERE p."incidentId" = ${incidentId}::uuid
    FOR UPDATE OF p`;
  const row = rows[0];
  if (!row) throw new AppError('not_found', `${formatReference(number)} has no postmortem yet.`);
  return { ...row, incidentId, reference: formatReference(number) };
}
