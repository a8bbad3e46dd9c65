import 'server-only';
// Who is asked to acknowledge a change: every team that was sent its announcement (team
// subscriptions on any channel, and the automatic notices to owners of dependent services).
// Read back from the outbox rows just written in the same transaction, so the list is
// exactly who was told, and stored, so it stays stable when subscriptions or dependencies
// change later. Persons subscribed for themselves are informed, not asked.
import type { DbTx } from '../db/client.ts';

export async function recordAcknowledgementRequests(tx: DbTx, changeId: string): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "ChangeAcknowledgement" ("changeId", "teamId")
    SELECT DISTINCT ${changeId}::uuid, m."recipientTeamId" FROM "NotificationMessage" m
     WHERE m."subjectType" = 'change' AND m."subjectId" = ${changeId} AND m.event = 'change_announced'
       AND m."recipientTeamId" IS NOT NULL
    ON CONFLICT DO NOTHING`;
}
