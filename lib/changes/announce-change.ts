import 'server-only';
// Announcing a change on a service (people and CI pipelines with an API token, responder or
// above). In one transaction: the change (its short-notice mark computed from the service's
// notice period now, and stored), the audit record, and one outbox message per recipient
// (lib/subscriptions/resolve-recipients.ts), so subscribers are told exactly when the
// announcement is committed, and the teams among them asked to acknowledge it.
//
// With an externalId, a second announcement of the same (service, externalId) updates the
// change instead of creating another, and writes no second announcement message. Two
// concurrent first announcements race on the unique index; the loser retries as an update.
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { Db, DbTx } from '../db/client.ts';
import { AppError } from '../errors/app-error.ts';
import { enqueueNotifications } from '../notifications/enqueue-notifications.ts';
import { auditSnapshot, loadChangeOutput } from './change-output.ts';
import { changeNotificationPayload } from './notification-payload.ts';
import { recordAcknowledgementRequests } from './record-acknowledgement-requests.ts';
import type { AnnounceChangeInput, ChangeOutput } from './schemas.ts';
import { isShortNotice } from './short-notice.ts';

export interface AnnounceResult {
  change: ChangeOutput;
  /** false when an earlier announcement with the same externalId was updated. */
  created: boolean;
}

function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'P2002';
}

async function updateExisting(tx: DbTx, actor: Actor, id: string, input: AnnounceChangeInput): Promise<AnnounceResult> {
  const before = await loadChangeOutput(tx, id);
  const scheduledAt = new Date(input.scheduledAt);
  if (before.status !== 'scheduled' && scheduledAt.getTime() !== new Date(before.scheduledAt).getTime()) {
    throw new AppError('invalid', `The change is already ${before.status.replace('_', ' ')}: its scheduled time can no longer move.`, {
      issues: [{ path: 'scheduledAt', message: 'Only a scheduled change can be rescheduled.' }],
    });
  }
  await tx.changeEvent.update({
    where: { id },
    data: {
      kind: input.kind, title: input.title, description: input.description, risk: input.risk, scheduledAt,
      expectedImpact: input.expectedImpact, rollbackPlan: input.rollbackPlan, externalRef: input.externalRef,
      shortNotice: isShortNotice({ announcedAt: new Date(before.announcedAt), scheduledAt, noticePeriodHours: before.noticePeriodHours }),
      version: { increment: 1 },
    },
  });
  const change = await loadChangeOutput(tx, id);
  await recordAudit(tx, actor, { action: 'change.updated', entityType: 'change', entityId: id, before: auditSnapshot(before), after: auditSnapshot(change) });
  return { change, created: false };
}

async function announceOnce(db: Db, actor: Actor, input: AnnounceChangeInput): Promise<AnnounceResult> {
  return db.$transaction(async (tx) => {
    const service = await tx.service.findUnique({ where: { slug: input.service }, select: { id: true, noticePeriodHours: true } });
    if (!service) {
      throw new AppError('invalid', 'Some fields are not valid: service.', {
        issues: [{ path: 'service', message: `There is no service "${input.service}".`, code: 'unknown_service' }],
      });
    }
    if (input.externalId) {
      const existing = await tx.changeEvent.findUnique({ where: { serviceId_externalId: { serviceId: service.id, externalId: input.externalId } }, select: { id: true } });
      if (existing) return updateExisting(tx, actor, existing.id, input);
    }
    const announcedAt = new Date();
    const scheduledAt = new Date(input.scheduledAt);
    const row = await tx.changeEvent.create({
      data: {
        serviceId: service.id, kind: input.kind, title: input.title, description: input.description, risk: input.risk, scheduledAt,
        expectedImpact: input.expectedImpact, rollbackPlan: input.rollbackPlan, externalRef: input.externalRef, externalId: input.externalId ?? null,
        announcedAt, noticePeriodHours: service.noticePeriodHours,
        shortNotice: isShortNotice({ announcedAt, scheduledAt, noticePeriodHours: service.noticePeriodHours }),
        announcedById: actor.userId, announcedByLabel: actor.label,
      },
      select: { id: true },
    });
    const change = await loadChangeOutput(tx, row.id);
    await recordAudit(tx, actor, { action: 'change.announced', entityType: 'change', entityId: row.id, after: auditSnapshot(change) });
    await enqueueNotifications(tx, { event: 'change_announced', subject: { type: 'change', id: row.id, serviceId: service.id }, payload: changeNotificationPayload(change) });
    await recordAcknowledgementRequests(tx, row.id);
    return { change, created: true };
  });
}

export async function announceChange(db: Db, { actor, input }: { actor: Actor; input: AnnounceChangeInput }): Promise<AnnounceResult> {
  requireRole(actor, 'responder');
  try {
    return await announceOnce(db, actor, input);
  } catch (e) {
    // Another request created the same (service, externalId) between our read and insert.
    if (input.externalId && isUniqueViolation(e)) return announceOnce(db, actor, input);
    throw e;
  }
}
