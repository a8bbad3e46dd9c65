import 'server-only';
import type { Actor } from '../auth/actor.ts';
import { requireRole } from '../auth/roles.ts';
import type { DbTx } from '../db/client.ts';
import type { Prisma } from '../db/generated/client.ts';
import { pageTake } from '../kernel/keyset-cursor.ts';
import type { ListServicesQuery, ServiceListOutput } from './schemas.ts';
import { serviceSelect, toServiceOutput } from './service-output.ts';
import { decodeSlugCursor, pageOf } from './slug-cursor.ts';

/** The catalogue, by slug, filtered by owner team, tier and free text. */
export async function listServices(
  db: DbTx,
  { actor, input }: { actor: Actor; input: Partial<ListServicesQuery> },
): Promise<ServiceListOutput> {
  requireRole(actor, 'viewer');
  const limit = input.limit ?? 50;
  const after = decodeSlugCursor(input.cursor);
  const q = input.q?.trim();
  const where: Prisma.ServiceWhereInput = {
    ...(after ? { slug: { gt: after } } : {}),
    ...(input.team ? { ownerTeam: { slug: input.team } } : {}),
    ...(input.tier ? { tier: input.tier } : {}),
    ...(q
      ? {
          OR: [
            { slug: { contains: q, mode: 'insensitive' } },
            { name: { contains: q, mode: 'insensitive' } },
            { description: { contains: q, mode: 'insensitive' } },
          ],
        }
      : {}),
  };
  const rows = await db.service.findMany({ where, select: serviceSelect, orderBy: { slug: 'asc' }, take: pageTake(limit) });
  const page = pageOf(rows, limit);
  return { items: page.items.map(toServiceOutput), nextCursor: page.nextCursor };
}
