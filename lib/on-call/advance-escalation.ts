import 'server-only';
// Moves one escalation on, under its row lock (the caller holds it): the current level's
// unanswered pages become "escalated" and the next level is paged; after the last level the
// levels run again while repeats remain; then the escalation is "exhausted". A resolved
// incident stops everything instead.
import type { DbTx } from '../db/client.ts';
import { formatReference } from '../incidents/reference.ts';
import { insertEntry } from '../timeline/insert-entry.ts';
import type { StoredTarget } from './create-escalation-policy.ts';
import { cancelOpenPages } from './cancel-open-pages.ts';
import { stoppedEntry, type EscalationReason } from './page-entries.ts';
import { onCallActor, pageLevel } from './page-level.ts';

export async function advanceEscalation(tx: DbTx, { escalationId, now, reason, by }: { escalationId: string; now: Date; reason: EscalationReason; by?: string }): Promise<'advanced' | 'exhausted' | 'resolved' | 'skipped'> {
  const e = await tx.pageEscalation.findUnique({
    where: { id: escalationId },
    select: {
      id: true, incidentId: true, status: true, round: true, level: true, urgency: true,
      incident: { select: { number: true, title: true, severity: true, status: true } },
      policy: { select: { repeat: true, levels: { orderBy: { position: 'asc' }, select: { waitMinutes: true, targets: true } } } },
    },
  });
  if (!e || e.status !== 'active') return 'skipped';
  if (e.incident.status === 'resolved' || e.incident.status === 'closed') {
    await cancelOpenPages(tx, { escalationId: e.id, now, status: 'cancelled' });
    await tx.pageEscalation.update({ where: { id: e.id }, data: { status: 'resolved' } });
    await insertEntry(tx, onCallActor, { incident: { id: e.incidentId }, ...stoppedEntry({ reason: 'resolved', at: now }), occurredAt: now, idempotencyKey: `page:${e.id}:stopped` });
    return 'resolved';
  }
  await tx.page.updateMany({ where: { escalationId: e.id, round: e.round, level: e.level, status: 'sent' }, data: { status: 'escalated', endedAt: now } });
  const levels = e.policy?.levels ?? [];
  let level = e.level + 1;
  let round = e.round;
  if (level > levels.length) {
    level = 1;
    round += 1;
  }
  const def = levels[level - 1];
  if (!def || round > (e.policy?.repeat ?? 0)) {
    await cancelOpenPages(tx, { escalationId: e.id, now, status: 'escalated' });
    await tx.pageEscalation.update({ where: { id: e.id }, data: { status: 'exhausted' } });
    await insertEntry(tx, onCallActor, { incident: { id: e.incidentId }, ...stoppedEntry({ reason: 'exhausted', at: now }), occurredAt: now, idempotencyKey: `page:${e.id}:stopped` });
    return 'exhausted';
  }
  await tx.pageEscalation.update({ where: { id: e.id }, data: { round, level, nextAt: new Date(now.getTime() + def.waitMinutes * 60_000) } });
  await pageLevel(tx, {
    escalation: { id: e.id, incidentId: e.incidentId, urgency: e.urgency, reference: formatReference(e.incident.number), title: e.incident.title, severity: e.incident.severity },
    targets: def.targets as unknown as StoredTarget[],
    round,
    level,
    now,
    reason,
    by,
  });
  return 'advanced';
}
