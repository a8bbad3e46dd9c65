import 'server-only';
// Recording the review meeting (date, attendees, notes), with the version it is based on
// (0 for the first record); stale → 409 with the current record.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { requireUnpublished } from './require-unpublished.ts';
import { publishIncidentEvent } from '../realtime/publish.ts';
import { lockPostmortem } from './find-postmortem.ts';
import type { MeetingInput, MeetingOutput } from './review-schemas.ts';

const select = { heldAt: true, attendees: true, notes: true, version: true, updatedAt: true } as const;

export function toMeetingOutput(r: { heldAt: Date; attendees: string[]; notes: string; version: number; updatedAt: Date }): MeetingOutput {
  return { heldAt: r.heldAt.toISOString(), attendees: [...r.attendees], notes: r.notes, version: r.version, updatedAt: r.updatedAt.toISOString() };
}

export async function setMeeting(db: Db, { actor, ref, input }: { actor: Actor; ref: string; input: MeetingInput }): Promise<MeetingOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const pm = await lockPostmortem(tx, ref);
    if (pm.status === 'published') await requireUnpublished(tx, pm.incidentId, 'meeting');
    const current = await tx.postmortemMeeting.findUnique({ where: { postmortemId: pm.id }, select });
    if ((current?.version ?? 0) !== input.version) {
      throw new AppError('conflict', 'Someone else changed the meeting record meanwhile. Review it, then apply your change again.', {
        details: { current: current ? toMeetingOutput(current) : null },
      });
    }
    const data = { heldAt: new Date(input.heldAt), attendees: input.attendees, notes: input.notes };
    const row = await tx.postmortemMeeting.upsert({
      where: { postmortemId: pm.id },
      create: { postmortemId: pm.id, ...data },
      update: { ...data, version: { increment: 1 } },
      select,
    });
    const out = toMeetingOutput(row);
    await recordAudit(tx, actor, { action: 'postmortem.meeting_updated', entityType: 'postmortem', entityId: pm.id, before: current ? toMeetingOutput(current) : null, after: out });
    await publishIncidentEvent(tx, { incidentId: pm.incidentId, kind: 'postmortem.updated' });
    return out;
  });
}
