import 'server-only';
// A notified team acknowledges a change: "we checked our side". Any member of the team with
// the responder role may do it for the team, and an administrator for any team. Only teams
// that were asked (./record-acknowledgement-requests.ts) can acknowledge. Idempotent: a
// second acknowledgement changes nothing and answers the first one. Audited.
import type { Actor } from '../auth/actor.ts';
import { hasRole, requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { acknowledgementSelect, toAcknowledgementOutput } from './acknowledgement-output.ts';
import type { AcknowledgeChangeInput, AcknowledgementOutput } from './acknowledgement-schemas.ts';

export async function acknowledgeChange(db: Db, { actor, id, input }: { actor: Actor; id: string; input: AcknowledgeChangeInput }): Promise<AcknowledgementOutput> {
  requireRole(actor, 'responder');
  return db.$transaction(async (tx) => {
    const change = await tx.changeEvent.findUnique({ where: { id }, select: { id: true } });
    if (!change) throw new AppError('not_found', 'Change not found.');
    const team = await tx.team.findUnique({ where: { slug: input.team }, select: { id: true, name: true } });
    if (!team) {
      throw new AppError('invalid', 'Some fields are not valid: team.', { issues: [{ path: 'team', message: `There is no team "${input.team}".`, code: 'unknown_team' }] });
    }
    if (!hasRole(actor, 'admin')) {
      const member = actor.userId ? await tx.teamMember.findUnique({ where: { teamId_userId: { teamId: team.id, userId: actor.userId } }, select: { userId: true } }) : null;
      if (!member) throw new AppError('forbidden', `Only members of ${team.name} (or an administrator) can acknowledge for it.`);
    }
    const key = { changeId_teamId: { changeId: id, teamId: team.id } };
    const row = await tx.changeAcknowledgement.findUnique({ where: key, select: { acknowledgedAt: true } });
    if (!row) {
      throw new AppError('invalid', `${team.name} was not notified of this change, so it has nothing to acknowledge.`, {
        issues: [{ path: 'team', message: 'This team was not asked to acknowledge the change.', code: 'not_notified' }],
      });
    }
    if (row.acknowledgedAt) return toAcknowledgementOutput(await tx.changeAcknowledgement.findUniqueOrThrow({ where: key, select: acknowledgementSelect }));
    // Guarded update: of two concurrent acknowledgements, one writes and audits.
    const { count } = await tx.changeAcknowledgement.updateMany({
      where: { changeId: id, teamId: team.id, acknowledgedAt: null },
      data: { acknowledgedAt: new Date(), acknowledgedById: actor.userId, acknowledgedByLabel: actor.label, note: input.note },
    });
    const out = toAcknowledgementOutput(await tx.changeAcknowledgement.findUniqueOrThrow({ where: key, select: acknowledgementSelect }));
    if (count === 1) await recordAudit(tx, actor, { action: 'change.acknowledged', entityType: 'change', entityId: id, after: out });
    return out;
  });
}
