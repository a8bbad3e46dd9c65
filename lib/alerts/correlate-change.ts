import 'server-only';
// Alerts meet announced changes: a change on the alert's service, or on anything it depends on
// (transitively), that was in progress when the alert started or began in the preceding window
// (ALERT_CHANGE_WINDOW_HOURS, default 6 h) is the suspected trigger, nearest first. A change
// marked "expect alerts during the window" (AlertChangeExpectation) holds the alert: it is
// recorded and flagged, and declares nothing until the change has finished plus its grace.
import type { DbTx } from '../db/client.ts';
import { findTransitiveDependencies } from '../services/dependency-graph.ts';

const MINUTE = 60_000;

export interface Correlation {
  changeId: string;
  title: string;
  service: string;
  /** Minutes from the change's start to the alert's start (0 or more). */
  minutes: number;
  relation: 'after' | 'during';
}

export interface ChangeContext {
  correlation: Correlation | null;
  /** The expected-alerts change holding this alert, if any. */
  holdingChangeId: string | null;
}

interface Candidate {
  id: string;
  title: string;
  status: string;
  scheduledAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  service: { slug: string };
  alertExpectation: { graceMinutes: number } | null;
}

/** Still inside an expected-alerts window at `at`: started (or due) and not finished + grace ago. */
export function isHolding(c: Candidate, at: Date): boolean {
  if (!c.alertExpectation || c.status === 'cancelled') return false;
  const began = c.startedAt ?? c.scheduledAt;
  if (began > at) return false;
  if (!c.finishedAt) return c.status === 'in_progress' || c.status === 'scheduled';
  return at.getTime() <= c.finishedAt.getTime() + c.alertExpectation.graceMinutes * MINUTE;
}

/** `at`: when the alert started (for the correlation); `now`: when it is routed (for the hold). */
export async function findChangeContext(db: DbTx, { serviceId, at, now, windowHours }: { serviceId: string | null; at: Date; now: Date; windowHours: number }): Promise<ChangeContext> {
  if (!serviceId) return { correlation: null, holdingChangeId: null };
  const deps = await findTransitiveDependencies(db, [serviceId]);
  const ids = [serviceId, ...deps.map((d) => d.id)];
  const from = new Date(at.getTime() - windowHours * 60 * MINUTE);
  const rows: Candidate[] = await db.changeEvent.findMany({
    where: {
      serviceId: { in: ids },
      status: { not: 'cancelled' },
      OR: [
        { startedAt: { gte: from, lte: at } },
        { startedAt: { lte: at }, finishedAt: null, status: 'in_progress' },
        { finishedAt: { gte: from } },
        { alertExpectation: { isNot: null }, scheduledAt: { lte: now }, OR: [{ finishedAt: null }, { finishedAt: { gte: new Date(now.getTime() - 24 * 60 * MINUTE) } }] },
      ],
    },
    select: {
      id: true, title: true, status: true, scheduledAt: true, startedAt: true, finishedAt: true,
      service: { select: { slug: true } }, alertExpectation: { select: { graceMinutes: true } },
    },
    take: 100,
  });
  const holding = rows.find((c) => isHolding(c, now)) ?? null;
  const began = (c: Candidate) => c.startedAt ?? c.scheduledAt;
  const nearest = rows
    .filter((c) => began(c) <= at)
    .sort((a, b) => began(b).getTime() - began(a).getTime() || a.id.localeCompare(b.id))[0];
  const best = holding ?? nearest ?? null;
  if (!best) return { correlation: null, holdingChangeId: null };
  const during = !best.finishedAt || best.finishedAt >= at;
  return {
    correlation: {
      changeId: best.id,
      title: best.title,
      service: best.service.slug,
      minutes: Math.max(0, Math.round((at.getTime() - began(best).getTime()) / MINUTE)),
      relation: during ? 'during' : 'after',
    },
    holdingChangeId: holding?.id ?? null,
  };
}

/** "started 4 min after 'OAuth token TTL 24h → 1h' began on auth", in English for the API. */
export function describeCorrelation(c: Correlation): string {
  return `Started ${c.minutes} min after '${c.title}' began on ${c.service}${c.relation === 'during' ? ' (still in progress)' : ''}.`;
}
