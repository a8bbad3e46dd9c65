import 'server-only';
// Starting a change is confirmed, not silent, when it is early (before its scheduled time)
// or when teams asked to acknowledge it have not. The API answers 409 `conflict` naming
// every reason at once, with `reasons`, `scheduledAt` and `unacknowledgedTeams` in the error
// body, so a client asks its person once:
//
// - `confirmEarlyStart: true` confirms an early start. The teams were asked to acknowledge by
//   the scheduled time, so confirming an early start also accepts that some have not yet:
//   one question, with both facts in it.
// - `confirmUnacknowledged: true` confirms an on-time start while teams have not acknowledged.
//
// What was confirmed is recorded on the change (startedEarly, startedUnacknowledgedTeams)
// and carried in the change_starting notifications.
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';

export interface StartConfirmationInput {
  confirmEarlyStart?: boolean | undefined;
  confirmUnacknowledged?: boolean | undefined;
}

export interface StartFacts {
  early: boolean;
  unacknowledgedTeams: { slug: string; name: string }[];
}

export async function loadStartFacts(tx: DbTx, id: string, scheduledAt: Date, now: Date): Promise<StartFacts> {
  const pending = await tx.changeAcknowledgement.findMany({
    where: { changeId: id, acknowledgedAt: null },
    select: { team: { select: { slug: true, name: true } } },
    orderBy: { team: { name: 'asc' } },
  });
  return { early: now.getTime() < scheduledAt.getTime(), unacknowledgedTeams: pending.map((p) => p.team) };
}

/** Throws the 409 unless every reason to ask is confirmed. */
export function requireStartConfirmation(facts: StartFacts, input: StartConfirmationInput, scheduledAt: Date): void {
  const earlyConfirmed = input.confirmEarlyStart === true;
  const needsEarly = facts.early && !earlyConfirmed;
  const needsAck = facts.unacknowledgedTeams.length > 0 && input.confirmUnacknowledged !== true && !(facts.early && earlyConfirmed);
  if (!needsEarly && !needsAck) return;
  const names = facts.unacknowledgedTeams.map((t) => t.name).join(', ');
  const parts: string[] = [];
  const issues = [];
  if (facts.early) {
    const message = `The change is scheduled for ${scheduledAt.toISOString()}: starting it now is early. Send "confirmEarlyStart": true to start it anyway.`;
    parts.push(message);
    issues.push({ path: 'confirmEarlyStart', message, code: 'early_start' });
  }
  if (facts.unacknowledgedTeams.length > 0) {
    const message = `Not acknowledged yet by: ${names}. Send "confirmUnacknowledged": true${facts.early ? ' (or confirm the early start)' : ''} to start it anyway.`;
    parts.push(message);
    issues.push({ path: 'confirmUnacknowledged', message, code: 'unacknowledged' });
  }
  throw new AppError('conflict', parts.join(' '), {
    issues,
    details: {
      reasons: issues.map((i) => i.code),
      scheduledAt: scheduledAt.toISOString(),
      unacknowledgedTeams: facts.unacknowledgedTeams,
    },
  });
}
