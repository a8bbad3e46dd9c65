import 'server-only';
// Alerts, newest first, filtered by service, status, source and severity; keyset pages by
// (createdAt, id). Every signed-in person may read them (like incidents).
import { decodeCreatedAtCursor, encodeCreatedAtCursor } from '../api/created-at-cursor.ts';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { AppError } from '../errors/app-error.ts';
import { findIncidentId } from '../incidents/find-incident.ts';
import { alertDetailSelect, alertSummarySelect, toAlertDetail, toAlertSummary } from './alert-output.ts';
import type { AlertDetailOutput, AlertListOutput, ListAlertsQuery } from './schemas.ts';

export async function listAlerts(db: DbTx, { actor, input }: { actor: Actor; input: ListAlertsQuery }): Promise<AlertListOutput> {
  requireRole(actor, 'viewer');
  const where: Prisma.AlertWhereInput = {
    ...(input.service ? { service: { slug: input.service } } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(input.source ? { sourceId: input.source } : {}),
    ...(input.severity ? { severity: input.severity.toLowerCase() } : {}),
  };
  if (input.cursor) {
    const k = decodeCreatedAtCursor(input.cursor);
    where.AND = [{ OR: [{ createdAt: { lt: k.createdAt } }, { createdAt: k.createdAt, id: { lt: k.id } }] }];
  }
  const rows = await db.alert.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: input.limit + 1, select: alertSummarySelect });
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return { items: page.map(toAlertSummary), nextCursor: rows.length > input.limit && last ? encodeCreatedAtCursor(last) : null };
}

export async function getAlert(db: DbTx, { actor, id }: { actor: Actor; id: string }): Promise<AlertDetailOutput> {
  requireRole(actor, 'viewer');
  const a = await db.alert.findUnique({ where: { id }, select: alertDetailSelect });
  if (!a) throw new AppError('not_found', 'Alert not found.');
  return toAlertDetail(a);
}

export async function listIncidentAlerts(db: DbTx, { actor, ref }: { actor: Actor; ref: string }): Promise<{ items: AlertListOutput['items'] }> {
  requireRole(actor, 'viewer');
  const { id } = await findIncidentId(db, ref);
  const rows = await db.alert.findMany({ where: { incidentId: id }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], take: 500, select: alertSummarySelect });
  return { items: rows.map(toAlertSummary) };
}
