import 'server-only';
// Publishing freezes every part of the postmortem until it is re-opened: its sections, the
// analysis it is written from (factors, their links, detection) and the meeting record.
// Action items are the exception, on purpose: they are the work the postmortem asked for, so
// they stay workable after publishing (created, reassigned, completed), as in most incident
// tools; only deleting one is refused, because the published document promised it (mark it
// "won't do" instead).
//
// The postmortem row is read FOR SHARE, so a write and a concurrent publish (which locks the
// row FOR UPDATE) happen one after the other: no edit slips in after `postmortem.published`.
import type { DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';

export type FrozenPart = 'factors' | 'detection' | 'sections' | 'meeting' | 'action_item_delete';

const what: Record<FrozenPart, string> = {
  factors: 'its factors cannot change',
  detection: 'its detection record cannot change',
  sections: 'its sections cannot change',
  meeting: 'its meeting record cannot change',
  action_item_delete: 'its action items cannot be deleted (mark one "won\'t do" instead)',
};

export async function requireUnpublished(tx: DbTx, incidentId: string, part: FrozenPart): Promise<void> {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM "Postmortem" WHERE "incidentId" = ${incidentId}::uuid FOR SHARE`;
  if (rows[0]?.status !== 'published') return;
  throw new AppError('conflict', `The postmortem is published, so ${what[part]}. Re-open the postmortem to change it.`, {
    details: { reason: 'postmortem_published', part },
  });
}
