import 'server-only';
// Every write records who did what to which entity, with before/after snapshots, in the
// same transaction as the write itself.
import type { Actor } from '../auth/actor.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

function toJson(v: unknown): Prisma.InputJsonValue | undefined {
  if (v === undefined || v === null) return undefined;
  return JSON.parse(JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x))) as Prisma.InputJsonValue;
}

export async function recordAudit(db: DbTx, actor: Actor, entry: AuditInput): Promise<void> {
  await db.auditLog.create({
    data: {
      actorUserId: actor.userId,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: actor.requestId,
    },
  });
}
