import 'server-only';
// A refused payload, kept for the source's admin page with the reason: the last 20 per source.
// Best effort: failing to record must not turn a 4xx answer into a 500.
import type { Db } from '../db/client.ts';
import { logger } from '../log/logger.ts';

export const KEPT_REJECTIONS = 20;
const MAX_BODY_CHARS = 4_000;

export async function recordRejection(db: Db, { sourceId, status, reason, body }: { sourceId: string; status: number; reason: string; body: string }): Promise<void> {
  try {
    await db.$transaction([
      db.alertRejection.create({ data: { sourceId, status, reason: reason.slice(0, 1000), body: body.replace(/\u0000/g, '').slice(0, MAX_BODY_CHARS) } }),
      db.alertSource.update({ where: { id: sourceId }, data: { rejectedCount: { increment: 1 } } }),
      db.$executeRaw`DELETE FROM "AlertRejection" WHERE "sourceId" = ${sourceId}::uuid AND "id" NOT IN (
        SELECT "id" FROM "AlertRejection" WHERE "sourceId" = ${sourceId}::uuid ORDER BY "createdAt" DESC, "id" DESC LIMIT ${KEPT_REJECTIONS})`,
    ]);
  } catch (e) {
    logger.warn('could not record a rejected alert payload', { sourceId, error: e });
  }
}
