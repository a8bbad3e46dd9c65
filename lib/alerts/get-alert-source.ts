import 'server-only';
// Alert sources as admins see them: counts and "last received" derived from the alerts (one
// grouped query), and the last rejected payloads with their reasons.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { notFound } from '../errors/app-error.ts';
import { KEPT_REJECTIONS } from './record-rejection.ts';
import type { AlertSourceDetailOutput, AlertSourceOutput } from './schemas.ts';
import { sourcePath } from './source-key.ts';

const sourceSelect = {
  id: true, type: true, name: true, enabled: true, keyPrefix: true, keyRotatedAt: true, rejectedCount: true, createdAt: true,
  defaultService: { select: { slug: true, name: true } },
} as const;

interface Stats {
  sourceId: string;
  alerts: number;
  firing: number;
  occurrences: number;
  last: Date | null;
}

async function statsOf(db: DbTx, ids: string[]): Promise<Map<string, Stats>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<Stats[]>`
    SELECT "sourceId"::text AS "sourceId", count(*)::int AS alerts, count(*) FILTER (WHERE status <> 'resolved')::int AS firing,
           coalesce(sum(occurrences), 0)::int AS occurrences, max("lastSeenAt") AS last
    FROM "Alert" WHERE "sourceId" = ANY(${ids}::uuid[]) GROUP BY "sourceId"`;
  return new Map(rows.map((r) => [r.sourceId, r]));
}

type SourceRow = { id: string; type: string; name: string; enabled: boolean; keyPrefix: string; keyRotatedAt: Date; rejectedCount: number; createdAt: Date; defaultService: { slug: string; name: string } | null };

function toOutput(s: SourceRow, st: Stats | undefined): AlertSourceOutput {
  return {
    id: s.id, type: s.type, name: s.name, enabled: s.enabled, service: s.defaultService, keyPrefix: s.keyPrefix,
    keyRotatedAt: s.keyRotatedAt.toISOString(), lastReceivedAt: st?.last ? new Date(st.last).toISOString() : null,
    alertCount: st?.alerts ?? 0, firingCount: st?.firing ?? 0, occurrenceCount: st?.occurrences ?? 0, rejectedCount: s.rejectedCount,
    createdAt: s.createdAt.toISOString(),
  };
}

export async function listAlertSources(db: DbTx, { actor }: { actor: Actor }): Promise<{ items: AlertSourceOutput[] }> {
  requireRole(actor, 'admin');
  const rows = await db.alertSource.findMany({ where: { type: { not: 'checks' } }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: sourceSelect });
  const stats = await statsOf(db, rows.map((r) => r.id));
  return { items: rows.map((r) => toOutput(r, stats.get(r.id))) };
}

export async function getAlertSource(db: DbTx, { actor, id }: { actor: Actor; id: string }): Promise<AlertSourceDetailOutput> {
  requireRole(actor, 'admin');
  const s = await db.alertSource.findUnique({
    where: { id },
    select: { ...sourceSelect, rejections: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: KEPT_REJECTIONS, select: { id: true, status: true, reason: true, body: true, createdAt: true } } },
  });
  if (!s) throw notFound('Alert source');
  const stats = await statsOf(db, [s.id]);
  return {
    ...toOutput(s, stats.get(s.id)),
    rejections: s.rejections.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    path: sourcePath(s.type, '<KEY>'),
  };
}

/** Names of the sources, for the alerts filter (everyone who may read alerts). */
export async function listAlertSourceOptions(db: DbTx, { actor }: { actor: Actor }): Promise<{ id: string; name: string }[]> {
  requireRole(actor, 'viewer');
  return db.alertSource.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true }, take: 500 });
}
