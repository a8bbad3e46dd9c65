import 'server-only';
// "Who is on call at this instant, since when, until when, and who is next" for one schedule.
// The answer is instants (UTC ISO strings); pages format them in the reader's zone.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import { scheduleNotFound } from './access.ts';
import { lookup } from './schedule-math.ts';
import { loadSchedule, peopleByIds } from './schedule-spec.ts';
import type { OnCallOutput } from './schemas.ts';

const DAY = 86_400_000;
/** Overrides further than this from the instant asked cannot change the answer's window. */
export const OVERRIDE_WINDOW_MS = 130 * DAY;

export async function getOnCall(db: DbTx, { actor, id, at }: { actor: Actor; id: string; at: Date }): Promise<OnCallOutput> {
  requireRole(actor, 'viewer');
  const schedule = await loadSchedule(db, id, { from: new Date(at.getTime() - OVERRIDE_WINDOW_MS), to: new Date(at.getTime() + OVERRIDE_WINDOW_MS) });
  if (!schedule) throw scheduleNotFound(id);
  const answer = lookup(schedule.spec, at);
  // The people come with the schedule: one round trip for the whole answer.
  const people = schedule.people ?? (await peopleByIds(db, [...answer.userIds, ...(answer.next?.userIds ?? [])]));
  const persons = (ids: string[]) => ids.map((u) => people.get(u)).filter((p): p is { email: string; name: string } => !!p);
  return {
    onCall: persons(answer.userIds),
    from: answer.from?.toISOString() ?? null,
    until: answer.until?.toISOString() ?? null,
    next: answer.next ? { onCall: persons(answer.next.userIds), from: answer.next.from?.toISOString() ?? null, until: answer.next.until?.toISOString() ?? null } : null,
  };
}
