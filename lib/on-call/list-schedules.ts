import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';

/** Schedules, optionally of one team, by name: enough to list and link them. */
export async function listSchedules(db: DbTx, { actor, teamSlug }: { actor: Actor; teamSlug?: string }) {
  requireRole(actor, 'viewer');
  const rows = await db.onCallSchedule.findMany({
    where: teamSlug ? { team: { slug: teamSlug } } : {},
    orderBy: { name: 'asc' },
    select: { id: true, name: true, timeZone: true, team: { select: { slug: true, name: true } } },
  });
  return { items: rows };
}

export async function listPolicies(db: DbTx, { actor }: { actor: Actor }) {
  requireRole(actor, 'viewer');
  const rows = await db.escalationPolicy.findMany({
    orderBy: { name: 'asc' },
    select: { id: true, name: true, teamDefault: true, repeat: true, severities: true, team: { select: { slug: true } }, levels: { orderBy: { position: 'asc' }, select: { waitMinutes: true, targets: true } } },
  });
  return { items: rows.map((r) => ({ id: r.id, name: r.name, team: r.team?.slug ?? null, teamDefault: r.teamDefault, repeat: r.repeat, severities: r.severities, levels: r.levels.length })) };
}
