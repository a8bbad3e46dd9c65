import 'server-only';
// Which outbox rows are in a person's inbox: in-app messages to them or to a team they belong
// to. Dead messages (their subscription was deleted before delivery) are left out.
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';

export async function inboxWhere(db: DbTx, userId: string): Promise<{ where: Prisma.NotificationMessageWhereInput; teamIds: string[] }> {
  const teams = await db.teamMember.findMany({ where: { userId }, select: { teamId: true } });
  const teamIds = teams.map((t) => t.teamId);
  return {
    teamIds,
    where: {
      channelType: 'inbox',
      status: { not: 'dead' },
      OR: [{ recipientUserId: userId }, ...(teamIds.length ? [{ recipientTeamId: { in: teamIds } }] : [])],
    },
  };
}
